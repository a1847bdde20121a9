// Public types of the clinical core (clinical-reference.md). Codes and numbers only.

export type Analyte = 'ast' | 'alt' | 'ggt' | 'albumin' | 'platelets';
export const ANALYTES = ['ast', 'alt', 'ggt', 'albumin', 'platelets'] as const satisfies readonly Analyte[];

/** Canonical units (clinical-reference §2): U/L, g/dL, platelets ×10⁴/µL, age in years. */
export type LabValues = Partial<Record<Analyte, number>> & { age?: number };

export type AltTier = 'normal' | 'mild' | 'abnormal' | 'high' | 'veryHigh' | 'extreme';
export type Grade = 'A' | 'B' | 'C' | 'D';
export type Urgency = 'ok' | 'watch' | 'consult' | 'specialist' | 'urgent' | 'emergency';
export const URGENCIES = ['ok', 'watch', 'consult', 'specialist', 'urgent', 'emergency'] as const satisfies readonly Urgency[];

export type SourceId =
  | 'jsnd'
  | 'nara2023'
  | 'clinic2026'
  | 'mhlw'
  | 'jma'
  | 'sterling2006'
  | 'mcpherson2017'
  | 'jsgeNafld2020'
  | 'childPugh'
  | 'jccls2022'
  | 'deRitis';

export interface Fib4 {
  value: number;
  band: 'low' | 'indeterminate' | 'high';
  reliable: boolean;
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
  // ALT severity tier (params: value)
  | 'altTier.normal'
  | 'altTier.mild'
  | 'altTier.abnormal'
  | 'altTier.high'
  | 'altTier.veryHigh'
  | 'altTier.extreme'
  // AST in the same acute ranges as ALT (params: value, cutoff)
  | 'ast.veryHigh'
  | 'ast.extreme'
  // AST > ALT pattern (params: ast, alt, ratio; ratio is left out when ALT is 0)
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
  | 'fib4.olderCutoff';

export interface Finding {
  id: FindingId;
  analyte?: Analyte;
  urgency: Urgency;
  params?: Record<string, number>;
  sources: SourceId[];
}

export interface Interpretation {
  altTier?: AltTier;
  grades: Partial<Record<Analyte, Grade>>;
  alcoholHint: boolean;
  deRitis?: number;
  fib4?: Fib4;
  findings: Finding[];
  urgency: Urgency;
  seeHepatologist: boolean;
}

/** The numbers a sentence may need. */
type ValueParams = { value: number };
type CutoffParams = { value: number; cutoff: number };
type RatioParams = { ast: number; alt: number; ratio?: number };
type Fib4Params = { value: number; age: number; lowCutoff: number; highCutoff: number };

/**
 * The params each finding carries, by id: the contract between the rules and the
 * translations (`{{value}}`, `{{cutoff}}` …). Cut-offs are the thresholds that fired, so the
 * text never re-types a number. `fib4.*` value is unrounded; show two decimals.
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
  'platelets.fibrosisCheck': CutoffParams & { alt: number; altAbove: number };
  'platelets.belowNormal': CutoffParams;
  'platelets.cirrhosisPossible': CutoffParams;
  'platelets.bleedingRisk': CutoffParams;
  'platelets.high': CutoffParams;
  'fib4.low': Fib4Params;
  'fib4.indeterminate': Fib4Params;
  'fib4.high': Fib4Params;
  'fib4.unreliable': Fib4Params;
  'fib4.olderCutoff': Fib4Params;
};
