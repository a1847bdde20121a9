import { compareUrgency, type FindingId, type Interpretation } from '../../rules';

/** Questions a person may take to the doctor, each worded in `common:questions.*`. */
export const QUESTION_IDS = [
  'cause',
  'hepatitisTest',
  'hepatitisPositive',
  'fibrosisTest',
  'persistent',
  'muscle',
  'bileDucts',
  'alcohol',
  'medicines',
  'albumin',
  'plateletsHigh',
  'plateletsLow',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Which question each finding brings up; the first listed finding wins a tie in order. */
const BY_FINDING: Partial<Record<FindingId, QuestionId>> = {
  'hepatitis.testOnce': 'hepatitisTest',
  'hepatitisB.positive': 'hepatitisPositive',
  'hepatitisC.positive': 'hepatitisPositive',
  'fattyLiver.fibrosisRisk': 'fibrosisTest',
  'ultrasound.chronicDamage': 'fibrosisTest',
  'fib4.indeterminate': 'fibrosisTest',
  'fib4.high': 'fibrosisTest',
  'platelets.fibrosisCheck': 'fibrosisTest',
  'albumin.withFibrosisSigns': 'fibrosisTest',
  'trend.altPersistent': 'persistent',
  'trend.fib4Crossed': 'fibrosisTest',
  'trend.fib4HighTwice': 'fibrosisTest',
  astOnlyRise: 'muscle',
  'ggt.bileDuct': 'bileDucts',
  alcoholHint: 'alcohol',
  alcoholHintStrong: 'alcohol',
  'ggt.raised': 'alcohol',
  'albumin.low': 'albumin',
  'albumin.severelyLow': 'albumin',
  'platelets.high': 'plateletsHigh',
  'platelets.belowNormal': 'plateletsLow',
  'platelets.cirrhosisPossible': 'plateletsLow',
  'platelets.bleedingRisk': 'plateletsLow',
};

const MAX_QUESTIONS = 5;

/**
 * A short list that fits the result: "what could be the cause" whenever a doctor is to be seen,
 * then one question per kind of finding, most urgent findings first (findings come sorted), and
 * "could a medicine or supplement be the cause" whenever a liver enzyme is raised.
 * An unreliable FIB-4 brings up nothing.
 */
export function questionsFor(interpretation: Interpretation): QuestionId[] {
  const { findings, urgency, grades, fib4 } = interpretation;
  const ids = new Set<QuestionId>();
  if (compareUrgency(urgency, 'consult') >= 0) ids.add('cause');
  for (const f of findings) {
    if (f.id.startsWith('fib4.') && !fib4?.reliable) continue;
    const id = BY_FINDING[f.id];
    if (id) ids.add(id);
  }
  const enzymeRaised = (['ast', 'alt', 'ggt'] as const).some((a) => grades[a] !== undefined && grades[a] !== 'A');
  if (enzymeRaised) ids.add('medicines');
  return [...ids].slice(0, MAX_QUESTIONS);
}
