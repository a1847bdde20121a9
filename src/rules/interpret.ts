import { assertValue } from './bands';
import { altTier } from './alt-tier';
import { fib4, fib4LowCutoff } from './fib4';
import { jsndGrade } from './grades';
import { ALBUMIN, ALCOHOL_HINT, AST_ACUTE, AST_ONLY_RISE, FIB4, GGT, NARA_ALT_ABOVE, PLATELETS } from './thresholds';
import { compareUrgency, GRADE_URGENCY, maxUrgency } from './urgency';
import { ANALYTES, type AltTier, type Analyte, type Finding, type Grade, type Interpretation, type LabValues, type Urgency } from './types';

/** §3.1 + §3.9: the level each ALT tier raises. mild: nara2023; abnormal: grade D; high: ALT > 100. */
const TIER_URGENCY: Record<AltTier, Urgency> = {
  normal: 'ok',
  mild: 'consult',
  abnormal: 'specialist',
  high: 'specialist',
  veryHigh: 'urgent',
  extreme: 'emergency',
};

/**
 * Everything clinical-reference §3 says about a set of values (canonical units).
 * Findings explain; the overall urgency is the highest any finding raises (§3.9).
 */
export function interpret(values: LabValues): Interpretation {
  for (const field of [...ANALYTES, 'age'] as const) {
    const value = values[field];
    if (value !== undefined) assertValue(field, value);
  }
  const { ast, alt, ggt, albumin, platelets, age } = values;
  const findings: Finding[] = [];
  const grades: Partial<Record<Analyte, Grade>> = {};

  // §3.2 grades, with the level each raises (§3.9: platelets ≥ 40 is D but only asks for a physician).
  const gradeUrgency: Partial<Record<Analyte, Urgency>> = {};
  for (const analyte of ANALYTES) {
    const value = values[analyte];
    if (value === undefined) continue;
    const grade = jsndGrade(analyte, value);
    grades[analyte] = grade;
    const highPlatelets = analyte === 'platelets' && value >= PLATELETS.highFrom;
    const urgency = highPlatelets ? 'consult' : GRADE_URGENCY[grade];
    gradeUrgency[analyte] = urgency;
    findings.push({ id: `grade.${analyte}`, analyte, urgency, params: { value }, sources: ['jsnd'] });
  }
  // Explanatory findings sit beside a grade and carry its level: they never raise it by themselves.
  const beside = (analyte: Analyte): Urgency => gradeUrgency[analyte] ?? 'ok';

  // §3.1 ALT tier.
  let tier: AltTier | undefined;
  if (alt !== undefined) {
    tier = altTier(alt);
    findings.push({
      id: `altTier.${tier}`,
      analyte: 'alt',
      urgency: TIER_URGENCY[tier],
      params: { value: alt },
      sources: alt > NARA_ALT_ABOVE ? ['clinic2026', 'nara2023', 'mhlw'] : ['clinic2026', 'jsnd'],
    });
  }

  // §3.9 AST in the acute ranges.
  if (ast !== undefined && ast > AST_ACUTE.veryHigh) {
    const extreme = ast > AST_ACUTE.extreme;
    findings.push({
      id: extreme ? 'ast.extreme' : 'ast.veryHigh',
      analyte: 'ast',
      urgency: extreme ? 'emergency' : 'urgent',
      params: { value: ast },
      sources: ['clinic2026', 'mhlw'],
    });
  }

  // §3.3 AST > ALT (De Ritis); §3.4 AST-only rise.
  let alcoholHint = false;
  let deRitis: number | undefined;
  if (ast !== undefined && alt !== undefined) {
    if (alt > 0) deRitis = ast / alt;
    alcoholHint = ast > alt && ast > ALCOHOL_HINT.minAst;
    if (alcoholHint) {
      const ratio = deRitis ?? Number.POSITIVE_INFINITY;
      const strong = ratio >= ALCOHOL_HINT.strongRatio;
      findings.push({
        id: strong ? 'alcoholHintStrong' : 'alcoholHint',
        analyte: 'ast',
        urgency: beside('ast'),
        // ratio is only a number a sentence can print when ALT > 0.
        params: deRitis === undefined ? { ast, alt } : { ast, alt, ratio: deRitis },
        sources: ['clinic2026', 'deRitis'],
      });
    }
    if (ast > AST_ONLY_RISE.astAbove && alt <= AST_ONLY_RISE.altAtMost) {
      findings.push({ id: 'astOnlyRise', analyte: 'ast', urgency: beside('ast'), params: { ast, alt }, sources: ['jsnd'] });
    }
  }

  // §3.5 γ-GTP.
  if (ggt !== undefined && ggt > GGT.raisedAbove) {
    findings.push({ id: 'ggt.raised', analyte: 'ggt', urgency: beside('ggt'), params: { value: ggt }, sources: ['jsnd', 'jma'] });
    if (ggt > GGT.bileDuctAbove) {
      findings.push({
        id: 'ggt.bileDuct',
        analyte: 'ggt',
        urgency: beside('ggt'),
        params: { value: ggt, cutoff: GGT.bileDuctAbove },
        sources: ['jma'],
      });
    }
  }

  // §3.6 albumin: the more severe of the two notes.
  if (albumin !== undefined && albumin < ALBUMIN.lowBelow) {
    const severe = albumin < ALBUMIN.severelyLowBelow;
    findings.push({
      id: severe ? 'albumin.severelyLow' : 'albumin.low',
      analyte: 'albumin',
      urgency: beside('albumin'),
      params: { value: albumin, cutoff: severe ? ALBUMIN.severelyLowBelow : ALBUMIN.lowBelow },
      sources: ['jsnd', 'childPugh'],
    });
  }

  // §3.7 platelets.
  if (platelets !== undefined) {
    if (platelets < PLATELETS.fibrosisCheckBelow && alt !== undefined && alt > PLATELETS.fibrosisCheckAltAbove) {
      findings.push({
        id: 'platelets.fibrosisCheck',
        analyte: 'platelets',
        urgency: 'consult',
        params: { value: platelets, alt, cutoff: PLATELETS.fibrosisCheckBelow },
        sources: ['nara2023'],
      });
    }
    if (platelets < PLATELETS.bleedingRiskBelow) {
      findings.push({
        id: 'platelets.bleedingRisk',
        analyte: 'platelets',
        urgency: 'urgent',
        params: { value: platelets, cutoff: PLATELETS.bleedingRiskBelow },
        sources: ['jsnd'],
      });
    } else if (platelets < PLATELETS.cirrhosisBelow) {
      findings.push({
        id: 'platelets.cirrhosisPossible',
        analyte: 'platelets',
        urgency: beside('platelets'),
        params: { value: platelets, cutoff: PLATELETS.cirrhosisBelow },
        sources: ['jsnd'],
      });
    } else if (platelets < PLATELETS.belowNormalBelow) {
      findings.push({
        id: 'platelets.belowNormal',
        analyte: 'platelets',
        urgency: beside('platelets'),
        params: { value: platelets, cutoff: PLATELETS.belowNormalBelow },
        sources: ['jsnd'],
      });
    } else if (platelets >= PLATELETS.highFrom) {
      findings.push({
        id: 'platelets.high',
        analyte: 'platelets',
        urgency: 'consult',
        params: { value: platelets, cutoff: PLATELETS.highFrom },
        sources: ['jsnd'],
      });
    }
  }

  // §3.8 FIB-4, when it can be computed.
  let fib4Result: Interpretation['fib4'];
  if (age !== undefined && ast !== undefined && alt !== undefined && platelets !== undefined && alt > 0 && platelets > 0) {
    fib4Result = fib4(age, ast, alt, platelets);
    const { value, band, reliable } = fib4Result;
    const params = { value, age, lowCutoff: fib4LowCutoff(age), highCutoff: FIB4.highCutoff };
    const sources: Finding['sources'] = ['sterling2006', 'mcpherson2017', 'jsgeNafld2020'];
    const bandUrgency: Urgency = !reliable ? 'ok' : band === 'high' ? 'specialist' : band === 'indeterminate' ? 'consult' : 'ok';
    findings.push({ id: `fib4.${band}`, urgency: bandUrgency, params, sources });
    if (!reliable) findings.push({ id: 'fib4.unreliable', urgency: 'ok', params, sources: ['mcpherson2017'] });
    else if (age >= FIB4.olderFromAge) findings.push({ id: 'fib4.olderCutoff', urgency: 'ok', params, sources: ['mcpherson2017'] });
  }

  // Most urgent first; Array.prototype.sort is stable, so rule order breaks ties.
  findings.sort((a, b) => compareUrgency(b.urgency, a.urgency));
  const urgency = maxUrgency(...findings.map((f) => f.urgency));
  return {
    ...(tier !== undefined ? { altTier: tier } : {}),
    grades,
    alcoholHint,
    ...(deRitis !== undefined ? { deRitis } : {}),
    ...(fib4Result !== undefined ? { fib4: fib4Result } : {}),
    findings,
    urgency,
    seeHepatologist: compareUrgency(urgency, 'consult') >= 0,
  };
}
