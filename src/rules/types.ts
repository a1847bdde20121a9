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
  // AST in the same acute ranges as ALT (params: value)
  | 'ast.veryHigh'
  | 'ast.extreme'
  // AST > ALT pattern (params: ast, alt, ratio)
  | 'alcoholHint'
  | 'alcoholHintStrong'
  // AST > 30 with ALT ≤ 30 (params: ast, alt)
  | 'astOnlyRise'
  // γ-GTP (params: value)
  | 'ggt.raised'
  | 'ggt.bileDuct'
  // albumin (params: value, cutoff)
  | 'albumin.low'
  | 'albumin.severelyLow'
  // platelets (params: value, cutoff; fibrosisCheck also alt)
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
