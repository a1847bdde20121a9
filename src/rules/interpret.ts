import { altTier } from './alt-tier';
import { assertValue, bandOf } from './bands';
import { finding } from './finding';
import { fib4, fib4LowCutoff } from './fib4';
import { jsndGrade } from './grades';
import { ALBUMIN, ALCOHOL_HINT, ALT_TIER_BANDS, AST_ACUTE, AST_ONLY_RISE, FIB4, GGT, PLATELETS } from './thresholds';
import { ALT_TIER_RULES, compareUrgency, gradeUrgency, maxUrgency } from './urgency';
import {
  ANALYTES,
  type AltTier,
  type Analyte,
  type Fib4,
  type Finding,
  type Grade,
  type Interpretation,
  type LabValues,
  type Urgency,
} from './types';

const FIELDS = [...ANALYTES, 'age'] as const;

/** The level each given analyte's grade raises; notes that sit beside a grade carry it (§3.9, last paragraph). */
type GradeLevels = Partial<Record<Analyte, Urgency>>;

/**
 * Everything clinical-reference §3 says about a set of values in canonical units.
 * Findings explain; the overall urgency is the highest any finding raises (§3.9).
 * Throws RangeError, naming the field, for a value that is not a finite non-negative number.
 */
export function interpret(values: LabValues): Interpretation {
  for (const field of FIELDS) {
    const value = values[field];
    if (value !== undefined) assertValue(field, value);
  }
  const { ast, alt, ggt, albumin, platelets } = values;

  const grades: Partial<Record<Analyte, Grade>> = {};
  const levels: GradeLevels = {};
  const findings: Finding[] = [];
  // §3.2: one finding per given analyte.
  for (const analyte of ANALYTES) {
    const value = values[analyte];
    if (value === undefined) continue;
    const grade = jsndGrade(analyte, value);
    grades[analyte] = grade;
    levels[analyte] = gradeUrgency(analyte, value, grade);
    findings.push(finding(`grade.${analyte}`, levels[analyte], { value }, ['jsnd'], analyte));
  }

  let tier: AltTier | undefined;
  if (alt !== undefined) {
    tier = altTier(alt);
    const rule = ALT_TIER_RULES[tier];
    // The tier's own edge: its lower bound, or for `normal` its upper bound (30).
    const band = bandOf(ALT_TIER_BANDS, alt);
    const cutoff = band.from ?? band.to ?? 0;
    findings.push(finding(`altTier.${tier}`, rule.urgency, { value: alt, cutoff }, rule.sources, 'alt'));
  }

  const ratio = ratioFindings(ast, alt, levels);
  const fib4Part = fib4Findings(values);
  findings.push(
    ...astAcuteFindings(ast),
    ...ratio.findings,
    ...ggtFindings(ggt, levels),
    ...albuminFindings(albumin, levels),
    ...plateletFindings(platelets, alt, levels),
    ...fib4Part.findings,
  );

  // Most urgent first. Array.prototype.sort is stable, so the rule order above breaks ties.
  findings.sort((a, b) => compareUrgency(b.urgency, a.urgency));
  const urgency = maxUrgency(...findings.map((f) => f.urgency));
  return {
    ...(tier !== undefined ? { altTier: tier } : {}),
    grades,
    alcoholHint: ratio.alcoholHint,
    ...(ratio.deRitis !== undefined ? { deRitis: ratio.deRitis } : {}),
    ...(fib4Part.fib4 !== undefined ? { fib4: fib4Part.fib4 } : {}),
    findings,
    urgency,
    seeHepatologist: compareUrgency(urgency, 'consult') >= 0,
  };
}

/** §3.9: AST in the acute ranges raises the level as ALT does; only the more severe note. */
function astAcuteFindings(ast: number | undefined): Finding[] {
  if (ast === undefined || ast <= AST_ACUTE.veryHighAbove) return [];
  return ast > AST_ACUTE.extremeAbove
    ? [finding('ast.extreme', 'emergency', { value: ast, cutoff: AST_ACUTE.extremeAbove }, ['clinic2026', 'mhlw'], 'ast')]
    : [finding('ast.veryHigh', 'urgent', { value: ast, cutoff: AST_ACUTE.veryHighAbove }, ['clinic2026', 'mhlw'], 'ast')];
}

/** §3.3 AST > ALT (De Ritis) and §3.4 AST-only rise. Both explain the AST grade and carry its level. */
function ratioFindings(
  ast: number | undefined,
  alt: number | undefined,
  levels: GradeLevels,
): { alcoholHint: boolean; deRitis?: number; findings: Finding[] } {
  if (ast === undefined || alt === undefined) return { alcoholHint: false, findings: [] };
  const deRitis = alt > 0 ? ast / alt : undefined;
  const level = levels.ast ?? 'ok';
  const findings: Finding[] = [];
  const alcoholHint = ast > alt && ast > ALCOHOL_HINT.astAbove;
  if (alcoholHint) {
    // ALT 0 (refused at the input edge anyway) leaves no printable ratio; any AST above it is "≥ 2".
    const strong = deRitis === undefined || deRitis >= ALCOHOL_HINT.strongRatioFrom;
    const params = deRitis === undefined ? { ast, alt } : { ast, alt, ratio: deRitis };
    findings.push(finding(strong ? 'alcoholHintStrong' : 'alcoholHint', level, params, ['clinic2026', 'deRitis']));
  }
  if (ast > AST_ONLY_RISE.astAbove && alt <= AST_ONLY_RISE.altAtMost) {
    findings.push(finding('astOnlyRise', level, { ast, alt }, ['jsnd'], 'ast'));
  }
  return { alcoholHint, ...(deRitis !== undefined ? { deRitis } : {}), findings };
}

/** §3.5: causes above 50, and the bile-duct concern above 200 in addition. */
function ggtFindings(ggt: number | undefined, levels: GradeLevels): Finding[] {
  if (ggt === undefined || ggt <= GGT.raisedAbove) return [];
  const level = levels.ggt ?? 'ok';
  const findings = [finding('ggt.raised', level, { value: ggt, cutoff: GGT.raisedAbove }, ['jsnd', 'jma'], 'ggt')];
  if (ggt > GGT.bileDuctAbove) {
    findings.push(finding('ggt.bileDuct', level, { value: ggt, cutoff: GGT.bileDuctAbove }, ['jsnd', 'jma'], 'ggt'));
  }
  return findings;
}

/** §3.6: only the more severe of the two notes. */
function albuminFindings(albumin: number | undefined, levels: GradeLevels): Finding[] {
  if (albumin === undefined || albumin >= ALBUMIN.lowBelow) return [];
  const level = levels.albumin ?? 'ok';
  const severe = albumin < ALBUMIN.severelyLowBelow;
  const cutoff = severe ? ALBUMIN.severelyLowBelow : ALBUMIN.lowBelow;
  return [finding(severe ? 'albumin.severelyLow' : 'albumin.low', level, { value: albumin, cutoff }, ['jsnd', 'childPugh'], 'albumin')];
}

/**
 * §3.7. The nara2023 fibrosis check stands beside the most severe of the low-count notes;
 * bleeding risk and a high count raise their own level (§3.9), the others carry the grade's.
 */
function plateletFindings(platelets: number | undefined, alt: number | undefined, levels: GradeLevels): Finding[] {
  if (platelets === undefined) return [];
  const level = levels.platelets ?? 'ok';
  const findings: Finding[] = [];
  if (platelets < PLATELETS.fibrosisCheckBelow && alt !== undefined && alt > PLATELETS.fibrosisCheckAltAbove) {
    const params = { value: platelets, cutoff: PLATELETS.fibrosisCheckBelow, alt, altAbove: PLATELETS.fibrosisCheckAltAbove };
    findings.push(finding('platelets.fibrosisCheck', 'consult', params, ['nara2023'], 'platelets'));
  }
  if (platelets < PLATELETS.bleedingRiskBelow) {
    findings.push(finding('platelets.bleedingRisk', 'urgent', { value: platelets, cutoff: PLATELETS.bleedingRiskBelow }, ['jsnd'], 'platelets'));
  } else if (platelets < PLATELETS.cirrhosisBelow) {
    const params = { value: platelets, cutoff: PLATELETS.cirrhosisBelow };
    findings.push(finding('platelets.cirrhosisPossible', level, params, ['jsnd', 'nara2023'], 'platelets'));
  } else if (platelets < PLATELETS.belowNormalBelow) {
    findings.push(finding('platelets.belowNormal', level, { value: platelets, cutoff: PLATELETS.belowNormalBelow }, ['jsnd'], 'platelets'));
  } else if (platelets >= PLATELETS.highFrom) {
    findings.push(finding('platelets.high', 'consult', { value: platelets, cutoff: PLATELETS.highFrom }, ['jsnd'], 'platelets'));
  }
  return findings;
}

const FIB4_SOURCES = ['sterling2006', 'mcpherson2017', 'jsgeNafld2020'] as const;

/**
 * §3.8 + §3.9: the band's finding and the caveat that explains it; an unreliable value raises
 * nothing. Needs all four values, and the formula divides by platelets and √ALT, so neither may be 0.
 */
function fib4Findings({ age, ast, alt, platelets }: LabValues): { fib4?: Fib4; findings: Finding[] } {
  if (age === undefined || ast === undefined || alt === undefined || platelets === undefined) return { findings: [] };
  if (alt === 0 || platelets === 0) return { findings: [] };
  const result = fib4(age, ast, alt, platelets);
  const params = { value: result.value, age, lowCutoff: fib4LowCutoff(age), highCutoff: FIB4.highCutoff };
  const level: Urgency = !result.reliable || result.band === 'low' ? 'ok' : result.band === 'high' ? 'specialist' : 'consult';
  const findings = [finding(`fib4.${result.band}`, level, params, FIB4_SOURCES)];
  if (!result.reliable) findings.push(finding('fib4.unreliable', 'ok', params, ['mcpherson2017']));
  else if (age >= FIB4.olderFromAge) findings.push(finding('fib4.olderCutoff', 'ok', params, ['mcpherson2017']));
  return { fib4: result, findings };
}
