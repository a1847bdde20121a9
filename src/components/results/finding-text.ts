import type { TFunction } from 'i18next';
import { truncateFib4, type Finding } from '../../rules';

type FindingParamValue = number | string;

/** Params that hold a FIB-4 score: shown truncated, never rounded (§3.9), so never across a cut-off. */
const FIB4_VALUED = /^(fib4\.|trend\.fib4)/;

/**
 * The interpolation options of a finding's sentence: its params, FIB-4 scores truncated to two
 * decimals, and an i18next `context` from the param that picks the wording (hepatitis.testOnce:
 * which test is not yet known; the fibrosis-sign findings: which sign). A context with no own
 * key ('both') falls back to the plain key.
 */
export function findingOptions(f: Finding): Record<string, FindingParamValue> & { context?: string } {
  const params: Record<string, FindingParamValue> = { ...f.params };
  const fib4Valued = FIB4_VALUED.test(f.id) || params.sign === 'fib4';
  if (fib4Valued) {
    for (const key of ['value', 'previous'] as const) {
      const v = params[key];
      if (typeof v === 'number') params[key] = truncateFib4(v);
    }
  }
  const context = typeof params.missing === 'string' ? params.missing : typeof params.sign === 'string' ? params.sign : undefined;
  return context ? { ...params, context } : params;
}

/** A finding in words: its sentence, and for the one-time hepatitis test with ALT above 30, "ask for it at the visit". */
export function findingText(t: TFunction<'explain'>, f: Finding): string {
  const options = findingOptions(f);
  const text = t(`findings.${f.id}`, options);
  if (f.id === 'hepatitis.testOnce' && f.params?.altAbove !== undefined) return `${text} ${t('findings.hepatitis.testOnceAtVisit', options)}`;
  return text;
}
