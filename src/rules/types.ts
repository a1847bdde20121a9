// Public types of the clinical core (clinical-reference.md version 2). Codes and numbers only.

export type Analyte = 'ast' | 'alt' | 'ggt' | 'albumin' | 'platelets';
export const ANALYTES = ['ast', 'alt', 'ggt', 'albumin', 'platelets'] as const satisfies readonly Analyte[];

/** Canonical units (clinical-reference §2): U/L, g/dL, platelets ×10⁴/µL, age in years. */
export type LabValues = Partial<Record<Analyte, number>> & { age?: number };

export type AltTier = 'normal' | 'mild' | 'abnormal' | 'high' | 'veryHigh' | 'extreme';
export type Grade = 'A' | 'B' | 'C' | 'D';
/** §3.1: seven levels, least to most urgent. */
export type Urgency = 'ok' | 'watch' | 'consult' | 'examine' | 'specialist' | 'urgent' | 'emergency';
export const URGENCIES = ['ok', 'watch', 'consult', 'examine', 'specialist', 'urgent', 'emergency'] as const satisfies readonly Urgency[];

/** §2 context inputs. `undefined` or `null` means not given (unknown), never negative. */
export type MarkerResult = 'negative' | 'positive';
export const MARKER_RESULTS = ['negative', 'positive'] as const satisfies readonly MarkerResult[];
export type UltrasoundResult = 'normal' | 'fattyLiver' | 'chronicLiverDamage';
export const ULTRASOUND_RESULTS = ['normal', 'fattyLiver', 'chronicLiverDamage'] as const satisfies readonly UltrasoundResult[];

export interface CheckupContext {
  hbsAg?: MarkerResult | null;
  hcvAb?: MarkerResult | null;
  ultrasound?: UltrasoundResult | null;
  /** Earlier checkups, most recent first, each with that checkup's own age (§3.12). */
  earlier?: readonly LabValues[] | null;
}

export type SourceId =
  | 'jsnd'
  | 'nara2023'
  | 'clinic2026'
  | 'mhlw'
  | 'mhlwHepatitis'
  | 'jma'
  | 'kenkoNippon21'
  | 'kateiIgaku'
  | 'sterling2006'
  | 'mcpherson2017'
  | 'jsgeNafld2020'
  | 'aasld2023'
  | 'hagstrom2020'
  | 'jsgcsUltrasound2021'
  | 'eubivas'
  | 'childPugh'
  | 'jccls2022'
  | 'deRitis';

export type Fib4Band = 'low' | 'indeterminate' | 'high';
export const FIB4_BANDS = ['low', 'indeterminate', 'high'] as const satisfies readonly Fib4Band[];

export interface Fib4 {
  /** Unrounded; show it truncated to two decimals (§3.9). */
  value: number;
  band: Fib4Band;
  /** False at age ≤ 35 and when AST or ALT is above 300 (§3.9). */
  reliable: boolean;
  /** Why it is not reliable (empty when it is). */
  caveats: readonly ('youngAge' | 'acuteRange')[];
}

/**
 * Every finding the rules can produce. The UI turns each id into words with
 * `t(\`findings.${id}\`)`, so the union must stay literal.
 */
export type FindingId =
  // one per given analyte: its JSND grade (params: value)
  | 'grade.ast'
  | 'grade.alt'
  | 'grade.ggt'
  | 'grade.albumin'
  | 'grade.platelets'
  // ALT severity tier (params: value, cutoff)
  | 'altTier.normal'
  | 'altTier.mild'
  | 'altTier.abnormal'
  | 'altTier.high'
  | 'altTier.veryHigh'
  | 'altTier.extreme'
  // AST in the acute ranges (params: value, cutoff)
  | 'ast.veryHigh'
  | 'ast.extreme'
  // AST > ALT pattern with both raised (params: ast, alt, ratio)
  | 'alcoholHint'
  | 'alcoholHintStrong'
  // AST > 30 with ALT ≤ 30 (params: ast, alt)
  | 'astOnlyRise'
  // γ-GTP (params: value, cutoff)
  | 'ggt.raised'
  | 'ggt.bileDuct'
  // albumin (params: value, cutoff)
  | 'albumin.low'
  | 'albumin.severelyLow'
  | 'albumin.withFibrosisSigns'
  // platelets (params: value, cutoff; fibrosisCheck also alt, altAbove)
  | 'platelets.fibrosisCheck'
  | 'platelets.belowNormal'
  | 'platelets.cirrhosisPossible'
  | 'platelets.bleedingRisk'
  | 'platelets.high'
  // FIB-4 (params: value, age, lowCutoff, highCutoff)
  | 'fib4.low'
  | 'fib4.indeterminate'
  | 'fib4.high'
  | 'fib4.unreliable'
  | 'fib4.acute'
  | 'fib4.olderCutoff'
  // §3.10 hepatitis B and C markers
  | 'hepatitisB.positive'
  | 'hepatitisC.positive'
  | 'hepatitis.negative'
  | 'hepatitis.testOnce'
  // §3.11 ultrasound
  | 'fattyLiver.fibrosisRisk'
  | 'fattyLiver.present'
  | 'ultrasound.chronicDamage'
  // §3.12 earlier checkups
  | 'trend.altPersistent'
  | 'trend.fib4Crossed'
  | 'trend.fib4HighTwice';

export type FindingParamValue = number | string;

export interface Finding {
  id: FindingId;
  analyte?: Analyte;
  urgency: Urgency;
  params?: Record<string, FindingParamValue>;
  sources: SourceId[];
}

export type TrendDirection = 'up' | 'down' | 'steady';

export interface Trend {
  /** The value at the most recent earlier checkup that has this analyte. */
  previous: number;
  /** (now − previous) / previous. */
  change: number;
  direction: TrendDirection;
}

export interface EarlierResult {
  grades: Partial<Record<Analyte, Grade>>;
  fib4?: Fib4;
}

export interface Interpretation {
  altTier?: AltTier;
  grades: Partial<Record<Analyte, Grade>>;
  alcoholHint: boolean;
  /** AST/ALT, whenever both are given and ALT is above 0. */
  deRitis?: number;
  fib4?: Fib4;
  findings: Finding[];
  urgency: Urgency;
  /** §3.1: level consult or higher and at least one liver reason. */
  seeHepatologist: boolean;
  trends: Partial<Record<Analyte, Trend>>;
  /** Aligned with context.earlier. */
  earlier: EarlierResult[];
}

/** The numbers a sentence may need. */
type ValueParams = { value: number };
type CutoffParams = { value: number; cutoff: number };
type RatioParams = { ast: number; alt: number; ratio: number };
type Fib4Params = { value: number; age: number; lowCutoff: number; highCutoff: number };
/** Which one-time test is not yet known; altAbove is present (30) when ALT is above it, so the text says "ask at the visit". */
type TestOnceParams = { missing: 'both' | 'hbsAg' | 'hcvAb'; altAbove?: number };

/**
 * The params each finding carries, by id: the contract between the rules and the
 * translations (`{{value}}`, `{{cutoff}}` …). Cut-offs are the thresholds that fired, so the
 * text never re-types a number. `fib4.*` values are unrounded; show them truncated to two decimals.
 */
export type FindingParams = {
  'grade.ast': ValueParams;
  'grade.alt': ValueParams;
  'grade.ggt': ValueParams;
  'grade.albumin': ValueParams;
  'grade.platelets': ValueParams;
  'altTier.normal': CutoffParams;
  'altTier.mild': CutoffParams;
  'altTier.abnormal': CutoffParams;
  'altTier.high': CutoffParams;
  'altTier.veryHigh': CutoffParams;
  'altTier.extreme': CutoffParams;
  'ast.veryHigh': CutoffParams;
  'ast.extreme': CutoffParams;
  alcoholHint: RatioParams;
  alcoholHintStrong: RatioParams;
  astOnlyRise: { ast: number; alt: number };
  'ggt.raised': CutoffParams;
  'ggt.bileDuct': CutoffParams;
  'albumin.low': CutoffParams;
  'albumin.severelyLow': CutoffParams;
  /** sign: which fibrosis sign holds ('platelets' or 'fib4'); cutoff 3.7. */
  'albumin.withFibrosisSigns': CutoffParams & { sign: 'platelets' | 'fib4' };
  'platelets.fibrosisCheck': CutoffParams & { alt: number; altAbove: number };
  'platelets.belowNormal': CutoffParams;
  'platelets.cirrhosisPossible': CutoffParams;
  'platelets.bleedingRisk': CutoffParams;
  'platelets.high': CutoffParams;
  'fib4.low': Fib4Params;
  'fib4.indeterminate': Fib4Params;
  'fib4.high': Fib4Params;
  'fib4.unreliable': Fib4Params;
  'fib4.acute': Fib4Params & { acuteAbove: number };
  'fib4.olderCutoff': Fib4Params;
  'hepatitisB.positive': Record<string, never>;
  'hepatitisC.positive': Record<string, never>;
  'hepatitis.negative': Record<string, never>;
  'hepatitis.testOnce': TestOnceParams;
  /** sign: 'platelets' (value < cutoff 20) or 'fib4' (value ≥ cutoff, the age's low cut-off). */
  'fattyLiver.fibrosisRisk': CutoffParams & { sign: 'platelets' | 'fib4' };
  'fattyLiver.present': Record<string, never>;
  'ultrasound.chronicDamage': Record<string, never>;
  /** count: checkups with ALT above 30, today included; of: checkups with ALT given, today included. */
  'trend.altPersistent': { count: number; of: number; cutoff: number };
  /** value now, previous (the most recent earlier reliable FIB-4), cutoff: the highest cut-off crossed. */
  'trend.fib4Crossed': { value: number; previous: number; cutoff: number };
  /** value now, previous: the earlier high value (most recent). */
  'trend.fib4HighTwice': { value: number; previous: number; cutoff: number };
};
