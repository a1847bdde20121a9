import { altTier } from './alt-tier';
import { bandOf } from './bands';
import { readContext, readValues, type ReadContext } from './context';
import { finding } from './finding';
import { fib4, FIB4_BAND_RANK, fib4LowCutoff } from './fib4';
import { jsndGrade } from './grades';
import {
  ALBUMIN,
  ALCOHOL_HINT,
  ALT_RAISED_ABOVE,
  ALT_TIER_BANDS,
  ALT_TIER_RULES,
  AST,
  AST_ONLY_RISE,
  FATTY_LIVER,
  FIB4,
  GGT,
  PLATELETS,
  TREND,
} from './thresholds';
import { compareUrgency, maxUrgency } from './urgency';
import {
  ANALYTES,
  type Analyte,
  type CheckupContext,
  type EarlierResult,
  type Fib4,
  type Finding,
  type Grade,
  type Interpretation,
  type LabValues,
  type Trend,
  type Urgency,
} from './types';

/** The level each given analyte raises on its own (§3.2–§3.8); notes that explain it carry it. */
type AnalyteLevels = Partial<Record<Analyte, Urgency>>;

/**
 * Everything clinical-reference §3 (version 2) says about a set of values in canonical units and
 * what is known besides them (§2 context: hepatitis markers, ultrasound, earlier checkups).
 * Findings explain; the overall urgency is the highest any finding raises (§3.1).
 * Throws RangeError naming the field (earlier ones as `earlier[0].alt`) for a value that is not a
 * finite non-negative number, and TypeError for a context value outside its list.
 */
export function interpret(valuesIn: LabValues, contextIn?: CheckupContext | null): Interpretation {
  const values = readValues(valuesIn);
  const context = readContext(contextIn);
  const { ast, alt, ggt, albumin, platelets } = values;

  const grades = gradesOf(values);
  const fib4Now = fib4Of(values);
  const earlier: EarlierResult[] = context.earlier.map((e) => {
    const f = fib4Of(e);
    return { grades: gradesOf(e), ...(f !== undefined ? { fib4: f } : {}) };
  });
  const altRaised = alt !== undefined && alt > ALT_RAISED_ABOVE;
  const fib4AtOrAboveLow = fib4Now !== undefined && fib4Now.reliable && fib4Now.value >= fib4LowCutoff(values.age ?? 0);

  const levels: AnalyteLevels = {
    ...(ast !== undefined ? { ast: astLevel(values, grades) } : {}),
    ...(alt !== undefined ? { alt: ALT_TIER_RULES[altTier(alt)].urgency } : {}),
    ...(ggt !== undefined && grades.ggt ? { ggt: GGT.gradeLevels[grades.ggt] } : {}),
    ...(albumin !== undefined && grades.albumin ? { albumin: ALBUMIN.gradeLevels[grades.albumin] } : {}),
    ...(platelets !== undefined ? { platelets: plateletLevel(platelets, altRaised) } : {}),
  };

  const fib4Part = fib4Findings(values, fib4Now);
  const findings: Finding[] = [
    ...gradeFindings(values, levels),
    ...altTierFindings(alt),
    ...astAcuteFindings(ast),
    ...ratioFindings(values, levels),
    ...ggtFindings(ggt, levels),
    ...albuminFindings(values, levels, fib4AtOrAboveLow),
    ...plateletFindings(values, levels),
    ...fib4Part.findings,
    ...hepatitisFindings(values, context),
    ...ultrasoundFindings(values, context, levels, fib4Now),
    ...trendFindings(values, context, fib4Now, earlier, fib4Part.level),
  ];

  // Most urgent first. Array.prototype.sort is stable, so the rule order above breaks ties.
  findings.sort((a, b) => compareUrgency(b.urgency, a.urgency));
  const urgency = maxUrgency(...findings.map((f) => f.urgency));
  const deRitis = ast !== undefined && alt !== undefined && alt > 0 ? ast / alt : undefined;
  return {
    ...(alt !== undefined ? { altTier: altTier(alt) } : {}),
    grades,
    alcoholHint: alcoholHint(values),
    ...(deRitis !== undefined ? { deRitis } : {}),
    ...(fib4Now !== undefined ? { fib4: fib4Now } : {}),
    findings,
    urgency,
    seeHepatologist: compareUrgency(urgency, 'consult') >= 0 && hasLiverReason(values, context, fib4AtOrAboveLow),
    trends: trendsOf(values, context.earlier),
    earlier,
  };
}

/**
 * §3.1: the liver reasons without which no level shows the liver-specialist prompt. High
 * platelets, a low albumin alone and a muscle-type AST rise are not among them.
 */
function hasLiverReason(values: LabValues, context: ReadContext, fib4AtOrAboveLow: boolean): boolean {
  const { ast, alt, ggt, albumin } = values;
  const altRaised = alt !== undefined && alt > ALT_RAISED_ABOVE;
  const astReason = ast !== undefined && ast > AST.liverReasonAbove && !(alt !== undefined && alt <= AST_ONLY_RISE.altAtMost);
  const markerPositive = context.hbsAg === 'positive' || context.hcvAb === 'positive';
  const ultrasoundReason =
    context.ultrasound === 'chronicLiverDamage' || (context.ultrasound === 'fattyLiver' && fattyLiverSign(values, fib4AtOrAboveLow) !== undefined);
  const albuminReason = albumin !== undefined && albumin < ALBUMIN.withFibrosisSignsBelow && albuminSign(values, fib4AtOrAboveLow) !== undefined;
  return (
    altRaised ||
    (ggt !== undefined && ggt > GGT.liverReasonAbove) ||
    astReason ||
    fib4AtOrAboveLow ||
    markerPositive ||
    ultrasoundReason ||
    albuminReason
  );
}

function gradesOf(values: LabValues): Partial<Record<Analyte, Grade>> {
  const grades: Partial<Record<Analyte, Grade>> = {};
  for (const analyte of ANALYTES) {
    const value = values[analyte];
    if (value !== undefined) grades[analyte] = jsndGrade(analyte, value);
  }
  return grades;
}

/** FIB-4 when its four values are there and the formula can be computed (ALT and platelets above 0). */
function fib4Of({ age, ast, alt, platelets }: LabValues): Fib4 | undefined {
  if (age === undefined || ast === undefined || alt === undefined || platelets === undefined) return undefined;
  if (alt === 0 || platelets === 0) return undefined;
  return fib4(age, ast, alt, platelets);
}

/** §3.4: by grade; grade D that may be muscle (ALT ≤ 30, AST ≤ 100, γ-GTP not above 100) → consult. */
function astLevel({ ast, alt, ggt }: LabValues, grades: Partial<Record<Analyte, Grade>>): Urgency {
  const grade = grades.ast ?? 'A';
  const muscleType =
    grade === 'D' &&
    ast !== undefined &&
    ast <= AST.muscleTypeAtMost &&
    alt !== undefined &&
    alt <= AST_ONLY_RISE.altAtMost &&
    (ggt === undefined || ggt <= AST.muscleTypeGgtAtMost);
  return muscleType ? 'consult' : AST.gradeLevels[grade];
}

/**
 * §3.8: low counts by grade (B watch, C consult, D examine; D with ALT > 30 specialist), below 5
 * urgent; high counts 33–40 watch, 40 or more consult.
 */
function plateletLevel(platelets: number, altRaised: boolean): Urgency {
  if (platelets < PLATELETS.bleedingRiskBelow) return 'urgent';
  if (platelets < PLATELETS.cirrhosisBelow) return altRaised ? 'specialist' : 'examine';
  if (platelets < PLATELETS.gradeCBelow) return 'consult';
  if (platelets < PLATELETS.belowNormalBelow) return 'watch';
  if (platelets >= PLATELETS.veryHighFrom) return 'consult';
  if (platelets >= PLATELETS.highFrom) return 'watch';
  return 'ok';
}

/** §3.3: one finding per given analyte, at the level that analyte raises. */
function gradeFindings(values: LabValues, levels: AnalyteLevels): Finding[] {
  return ANALYTES.flatMap((analyte) => {
    const value = values[analyte];
    if (value === undefined) return [];
    return [finding(`grade.${analyte}`, levels[analyte] ?? 'ok', { value }, ['jsnd'], analyte)];
  });
}

/** §3.2: the ALT tier; its cut-off is the tier's lower edge, or for `normal` its upper edge (30). */
function altTierFindings(alt: number | undefined): Finding[] {
  if (alt === undefined) return [];
  const tier = altTier(alt);
  const rule = ALT_TIER_RULES[tier];
  const band = bandOf(ALT_TIER_BANDS, alt);
  const cutoff = band.from ?? band.to ?? 0;
  return [finding(`altTier.${tier}`, rule.urgency, { value: alt, cutoff }, rule.sources, 'alt')];
}

/** §3.4: AST above 300 → urgent, above 500 → emergency; only the more severe note. */
function astAcuteFindings(ast: number | undefined): Finding[] {
  if (ast === undefined || ast <= AST.veryHighAbove) return [];
  return ast > AST.extremeAbove
    ? [finding('ast.extreme', 'emergency', { value: ast, cutoff: AST.extremeAbove }, ['jsnd', 'clinic2026'], 'ast')]
    : [finding('ast.veryHigh', 'urgent', { value: ast, cutoff: AST.veryHighAbove }, ['jsnd', 'clinic2026'], 'ast')];
}

/** §3.5: AST > ALT with both above 30. */
function alcoholHint({ ast, alt }: LabValues): boolean {
  return ast !== undefined && alt !== undefined && ast > alt && ast > ALCOHOL_HINT.astAbove && alt > ALCOHOL_HINT.altAbove;
}

/** §3.5 AST > ALT (De Ritis) and the AST-only rise. Both explain the AST level and raise nothing of their own. */
function ratioFindings(values: LabValues, levels: AnalyteLevels): Finding[] {
  const { ast, alt, ggt } = values;
  if (ast === undefined || alt === undefined) return [];
  const level = levels.ast ?? 'ok';
  const findings: Finding[] = [];
  if (alcoholHint(values)) {
    // alt > 30 here, so the ratio is always defined.
    const ratio = ast / alt;
    const strong = ratio >= ALCOHOL_HINT.strongRatioFrom && (ggt === undefined || ggt > ALCOHOL_HINT.strongGgtAbove);
    findings.push(finding(strong ? 'alcoholHintStrong' : 'alcoholHint', level, { ast, alt, ratio }, ['deRitis', 'clinic2026'], 'ast'));
  }
  if (ast > AST_ONLY_RISE.astAbove && alt <= AST_ONLY_RISE.altAtMost) {
    findings.push(finding('astOnlyRise', level, { ast, alt }, ['jsnd', 'mhlw'], 'ast'));
  }
  return findings;
}

/** §3.6: causes above 50, and the bile-duct check above 200 in addition. */
function ggtFindings(ggt: number | undefined, levels: AnalyteLevels): Finding[] {
  if (ggt === undefined || ggt <= GGT.raisedAbove) return [];
  const level = levels.ggt ?? 'ok';
  const findings = [finding('ggt.raised', level, { value: ggt, cutoff: GGT.raisedAbove }, ['jsnd', 'jma', 'mhlw'], 'ggt')];
  if (ggt > GGT.bileDuctAbove) {
    findings.push(finding('ggt.bileDuct', 'examine', { value: ggt, cutoff: GGT.bileDuctAbove }, ['jma'], 'ggt'));
  }
  return findings;
}

/** §3.7 a fibrosis sign beside a low albumin: platelets below 14.5, or FIB-4 reliable and at or above its low cut-off. */
function albuminSign({ platelets }: LabValues, fib4AtOrAboveLow: boolean): 'platelets' | 'fib4' | undefined {
  if (platelets !== undefined && platelets < ALBUMIN.fibrosisSignPlateletsBelow) return 'platelets';
  return fib4AtOrAboveLow ? 'fib4' : undefined;
}

/** §3.7: below 3.5 low, below 2.8 very low (instead); below 3.7 with a fibrosis sign, specialist (in addition). */
function albuminFindings(values: LabValues, levels: AnalyteLevels, fib4AtOrAboveLow: boolean): Finding[] {
  const { albumin } = values;
  if (albumin === undefined) return [];
  const findings: Finding[] = [];
  if (albumin < ALBUMIN.severelyLowBelow) {
    findings.push(finding('albumin.severelyLow', 'examine', { value: albumin, cutoff: ALBUMIN.severelyLowBelow }, ['childPugh', 'jsnd'], 'albumin'));
  } else if (albumin < ALBUMIN.lowBelow) {
    findings.push(finding('albumin.low', levels.albumin ?? 'consult', { value: albumin, cutoff: ALBUMIN.lowBelow }, ['childPugh', 'jsnd'], 'albumin'));
  }
  const sign = albumin < ALBUMIN.withFibrosisSignsBelow ? albuminSign(values, fib4AtOrAboveLow) : undefined;
  if (sign !== undefined) {
    const params = { value: albumin, cutoff: ALBUMIN.withFibrosisSignsBelow, sign };
    const sources = sign === 'fib4' ? (['jsnd', 'childPugh', 'jsgeNafld2020'] as const) : (['jsnd', 'childPugh', 'nara2023'] as const);
    findings.push(finding('albumin.withFibrosisSigns', 'specialist', params, sources, 'albumin'));
  }
  return findings;
}

/** §3.8: one note on the count (low, very low, bleeding risk or high), and the nara2023 fibrosis check beside a low one. */
function plateletFindings(values: LabValues, levels: AnalyteLevels): Finding[] {
  const { platelets, alt, ast } = values;
  if (platelets === undefined) return [];
  const level = levels.platelets ?? 'ok';
  const findings: Finding[] = [];
  const altRaised = alt !== undefined && alt > ALT_RAISED_ABOVE;
  const acute = [alt, ast].some((x) => x !== undefined && x > PLATELETS.fibrosisCheckAcuteAtMost);
  if (platelets < PLATELETS.fibrosisCheckBelow && alt !== undefined && altRaised && !acute) {
    const params = { value: platelets, cutoff: PLATELETS.fibrosisCheckBelow, alt, altAbove: ALT_RAISED_ABOVE };
    findings.push(finding('platelets.fibrosisCheck', 'consult', params, ['nara2023'], 'platelets'));
  }
  if (platelets < PLATELETS.bleedingRiskBelow) {
    findings.push(finding('platelets.bleedingRisk', level, { value: platelets, cutoff: PLATELETS.bleedingRiskBelow }, ['jsnd'], 'platelets'));
  } else if (platelets < PLATELETS.cirrhosisBelow) {
    const params = { value: platelets, cutoff: PLATELETS.cirrhosisBelow };
    findings.push(finding('platelets.cirrhosisPossible', level, params, ['jsnd', 'nara2023'], 'platelets'));
  } else if (platelets < PLATELETS.belowNormalBelow) {
    findings.push(finding('platelets.belowNormal', level, { value: platelets, cutoff: PLATELETS.belowNormalBelow }, ['jsnd'], 'platelets'));
  } else if (platelets >= PLATELETS.highFrom) {
    const cutoff = platelets >= PLATELETS.veryHighFrom ? PLATELETS.veryHighFrom : PLATELETS.highFrom;
    findings.push(finding('platelets.high', level, { value: platelets, cutoff }, ['jsnd'], 'platelets'));
  }
  return findings;
}

const FIB4_SOURCES = ['sterling2006', 'mcpherson2017', 'jsgeNafld2020'] as const;

/**
 * §3.9: the band's finding and the caveats that explain it. An unreliable value raises nothing.
 * Returns the band finding's level too: a crossed cut-off (§3.12) carries it.
 */
function fib4Findings(values: LabValues, result: Fib4 | undefined): { findings: Finding[]; level: Urgency } {
  const { age, ast, alt } = values;
  if (result === undefined || age === undefined || ast === undefined || alt === undefined) return { findings: [], level: 'ok' };
  const params = { value: result.value, age, lowCutoff: fib4LowCutoff(age), highCutoff: FIB4.highCutoff };
  const level = fib4Level(result, values);
  const findings = [finding(`fib4.${result.band}`, level, params, FIB4_SOURCES)];
  if (result.caveats.includes('youngAge')) findings.push(finding('fib4.unreliable', 'ok', params, ['mcpherson2017']));
  if (result.caveats.includes('acuteRange')) {
    findings.push(finding('fib4.acute', 'ok', { ...params, acuteAbove: FIB4.unreliableEnzymeAbove }, ['mcpherson2017', 'sterling2006']));
  }
  if (result.reliable && age >= FIB4.olderFromAge) findings.push(finding('fib4.olderCutoff', 'ok', params, ['mcpherson2017']));
  return { findings, level };
}

/** §3.9: low ok, indeterminate consult, high specialist, but consult at 65 or more with AST and ALT both ≤ 30. */
function fib4Level(result: Fib4, { age, ast, alt }: LabValues): Urgency {
  if (!result.reliable || result.band === 'low') return 'ok';
  if (result.band === 'indeterminate') return 'consult';
  const ageDominates =
    age !== undefined &&
    age >= FIB4.olderFromAge &&
    ast !== undefined &&
    ast <= FIB4.olderNormalEnzymesAtMost &&
    alt !== undefined &&
    alt <= FIB4.olderNormalEnzymesAtMost;
  return ageDominates ? 'consult' : 'specialist';
}

/** §3.10: positive markers raise specialist; missing ones get the once-in-a-lifetime test. */
function hepatitisFindings(values: LabValues, context: ReadContext): Finding[] {
  const { hbsAg, hcvAb } = context;
  const findings: Finding[] = [];
  if (hbsAg === 'positive') findings.push(finding('hepatitisB.positive', 'specialist', {}, ['mhlwHepatitis']));
  if (hcvAb === 'positive') findings.push(finding('hepatitisC.positive', 'specialist', {}, ['mhlwHepatitis']));
  if (hbsAg === 'negative' && hcvAb === 'negative') findings.push(finding('hepatitis.negative', 'ok', {}, ['mhlwHepatitis']));
  const anyAnalyte = ANALYTES.some((a) => values[a] !== undefined);
  if ((hbsAg === undefined || hcvAb === undefined) && anyAnalyte) {
    const missing = hbsAg === undefined && hcvAb === undefined ? 'both' : hbsAg === undefined ? 'hbsAg' : 'hcvAb';
    const altRaised = values.alt !== undefined && values.alt > ALT_RAISED_ABOVE;
    findings.push(finding('hepatitis.testOnce', 'ok', { missing, ...(altRaised ? { altAbove: ALT_RAISED_ABOVE } : {}) }, ['mhlwHepatitis']));
  }
  return findings;
}

/**
 * §3.11 a fibrosis sign beside ultrasound fatty liver: platelets below 20 (outside the acute
 * range), or FIB-4 reliable and at or above its low cut-off.
 */
function fattyLiverSign({ platelets, ast, alt }: LabValues, fib4AtOrAboveLow: boolean): 'platelets' | 'fib4' | undefined {
  const acute = [ast, alt].some((x) => x !== undefined && x > FATTY_LIVER.acuteAtMost);
  if (platelets !== undefined && platelets < FATTY_LIVER.fibrosisPlateletsBelow && !acute) return 'platelets';
  return fib4AtOrAboveLow ? 'fib4' : undefined;
}

/** §3.11: ultrasound fatty liver (with or without a fibrosis sign) and signs of chronic liver damage. */
function ultrasoundFindings(values: LabValues, context: ReadContext, levels: AnalyteLevels, fib4Now: Fib4 | undefined): Finding[] {
  const { ultrasound } = context;
  if (ultrasound === 'chronicLiverDamage') {
    return [finding('ultrasound.chronicDamage', 'specialist', {}, ['jsgcsUltrasound2021', 'nara2023'])];
  }
  if (ultrasound !== 'fattyLiver') return [];
  const { age, platelets } = values;
  const fib4AtOrAboveLow = fib4Now !== undefined && fib4Now.reliable && age !== undefined && fib4Now.value >= fib4LowCutoff(age);
  const sign = fattyLiverSign(values, fib4AtOrAboveLow);
  if (sign === 'platelets' && platelets !== undefined) {
    const params = { value: platelets, cutoff: FATTY_LIVER.fibrosisPlateletsBelow, sign };
    return [finding('fattyLiver.fibrosisRisk', 'specialist', params, ['nara2023', 'jsgcsUltrasound2021'])];
  }
  if (sign === 'fib4' && fib4Now !== undefined && age !== undefined) {
    const params = { value: fib4Now.value, cutoff: fib4LowCutoff(age), sign };
    return [finding('fattyLiver.fibrosisRisk', 'specialist', params, ['nara2023', 'jsgeNafld2020', 'jsgcsUltrasound2021'])];
  }
  const altRaised = values.alt !== undefined && values.alt > ALT_RAISED_ABOVE;
  const level = altRaised ? (levels.alt ?? 'ok') : 'watch';
  return [finding('fattyLiver.present', level, {}, ['jsgcsUltrasound2021', 'jsgeNafld2020'])];
}

/**
 * §3.12: per analyte, the change from the most recent earlier checkup that has it. A previous
 * value of 0 gives no ratio, so no trend.
 */
function trendsOf(values: LabValues, earlier: readonly LabValues[]): Partial<Record<Analyte, Trend>> {
  const trends: Partial<Record<Analyte, Trend>> = {};
  for (const analyte of ANALYTES) {
    const now = values[analyte];
    const previous = earlier.find((e) => e[analyte] !== undefined)?.[analyte];
    if (now === undefined || previous === undefined || previous === 0) continue;
    const change = (now - previous) / previous;
    const steady = Math.abs(change) < TREND.steadyBelow[analyte] - TREND.tolerance;
    trends[analyte] = { previous, change, direction: steady ? 'steady' : change > 0 ? 'up' : 'down' };
  }
  return trends;
}

/** §3.12: ALT above 30 again; FIB-4 crossing a cut-off; FIB-4 high twice. */
function trendFindings(
  values: LabValues,
  context: ReadContext,
  fib4Now: Fib4 | undefined,
  earlier: readonly EarlierResult[],
  fib4Level: Urgency,
): Finding[] {
  const findings: Finding[] = [];
  const { alt, age } = values;
  if (alt !== undefined && alt > ALT_RAISED_ABOVE) {
    const earlierAlts = context.earlier.map((e) => e.alt).filter((x): x is number => x !== undefined);
    const raisedBefore = earlierAlts.filter((x) => x > ALT_RAISED_ABOVE).length;
    if (raisedBefore > 0) {
      const params = { count: raisedBefore + 1, of: earlierAlts.length + 1, cutoff: ALT_RAISED_ABOVE };
      findings.push(finding('trend.altPersistent', 'examine', params, ['aasld2023', 'nara2023'], 'alt'));
    }
  }
  if (fib4Now === undefined || !fib4Now.reliable || age === undefined) return findings;
  const lastReliable = earlier.find((e) => e.fib4?.reliable)?.fib4;
  if (lastReliable !== undefined && FIB4_BAND_RANK[fib4Now.band] > FIB4_BAND_RANK[lastReliable.band]) {
    const cutoff = fib4Now.band === 'high' ? FIB4.highCutoff : fib4LowCutoff(age);
    const params = { value: fib4Now.value, previous: lastReliable.value, cutoff };
    findings.push(finding('trend.fib4Crossed', fib4Level, params, ['hagstrom2020', 'mcpherson2017']));
  }
  const highBefore = earlier.find((e) => e.fib4?.reliable && e.fib4.band === 'high')?.fib4;
  if (fib4Now.band === 'high' && highBefore !== undefined) {
    const params = { value: fib4Now.value, previous: highBefore.value, cutoff: FIB4.highCutoff };
    findings.push(finding('trend.fib4HighTwice', 'specialist', params, ['hagstrom2020', 'mcpherson2017']));
  }
  return findings;
}
