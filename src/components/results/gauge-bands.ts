import { REPORT_DECIMALS } from '../../input/fields';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { GRADE_BANDS, inBand, type Analyte, type Band, type Grade } from '../../rules';
import type { GaugeBand } from './band-gauge';

const TONE: Record<Grade, GaugeBand['tone']> = { A: 'good', B: 'mild', C: 'moderate', D: 'severe' };

/** A band's limits as a report prints them, in the decimals the report uses: "30 or less", "31–35", "3.6 or less". */
export type BandLimits = { atMost: number } | { atLeast: number } | { from: number; to: number };

export function bandLimits(band: Band<Grade>, decimals: number): BandLimits {
  const step = 10 ** -decimals;
  const round = (v: number) => Number(v.toFixed(decimals));
  // The first and last value a result printed with `decimals` can have inside the band.
  const first = band.from === undefined ? undefined : round(band.lowerInclusive ? band.from : band.from + step);
  const last = band.to === undefined ? undefined : round(band.lowerInclusive ? band.to - step : band.to);
  if (first === undefined) return { atMost: last ?? 0 };
  if (last === undefined) return { atLeast: first };
  return { from: first, to: last };
}

/** The limits in words of the page's language. */
export function limitsText(limits: BandLimits, lang: Lang, t: (key: 'gauge.atMost' | 'gauge.atLeast' | 'gauge.between', options: Record<string, string>) => string): string {
  const n = (v: number) => formatNumber(v, lang);
  if ('atMost' in limits) return t('gauge.atMost', { value: n(limits.atMost) });
  if ('atLeast' in limits) return t('gauge.atLeast', { value: n(limits.atLeast) });
  return t('gauge.between', { from: n(limits.from), to: n(limits.to) });
}

export interface GaugeModel {
  bands: (GaugeBand & { limits: BandLimits })[];
  active: number;
}

/** The JSND bands of one analyte, drawn from the rules' own table, with the value's band marked. */
export function gaugeFor(analyte: Analyte, value: number): GaugeModel {
  const table: readonly Band<Grade>[] = GRADE_BANDS[analyte];
  return {
    bands: table.map((band) => ({
      mark: band.id,
      ...(band.from !== undefined ? { from: band.from } : {}),
      ...(band.to !== undefined ? { to: band.to } : {}),
      tone: TONE[band.id],
      limits: bandLimits(band, REPORT_DECIMALS[analyte] ?? 0),
    })),
    active: Math.max(0, table.findIndex((band) => inBand(band, value))),
  };
}
