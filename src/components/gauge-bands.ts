import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/languages';
import { GRADE_BANDS, inBand, type Analyte, type Band, type Grade } from '../rules';
import type { GaugeBand } from './band-gauge';

const TONE: Record<Grade, GaugeBand['tone']> = { A: 'good', B: 'mild', C: 'moderate', D: 'severe' };

/** A band's range in plain notation, e.g. "30 < x ≤ 35", "x ≥ 3.9". */
function rangeText(band: Band<Grade>, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const [lo, hi] = band.lowerInclusive ? ['≤', '<'] : ['<', '≤'];
  if (band.from === undefined && band.to !== undefined) return `x ${hi} ${n(band.to)}`;
  if (band.to === undefined && band.from !== undefined) return `x ${band.lowerInclusive ? '≥' : '>'} ${n(band.from)}`;
  return `${n(band.from ?? 0)} ${lo} x ${hi} ${n(band.to ?? 0)}`;
}

export interface GaugeModel {
  bands: (GaugeBand & { range: string })[];
  active: number;
}

/** The JSND bands of one analyte, drawn from the rules' own table, with the value's band marked. */
export function gaugeFor(analyte: Analyte, value: number, lang: Lang): GaugeModel {
  const table: readonly Band<Grade>[] = GRADE_BANDS[analyte];
  return {
    bands: table.map((band) => ({
      mark: band.id,
      ...(band.from !== undefined ? { from: band.from } : {}),
      ...(band.to !== undefined ? { to: band.to } : {}),
      tone: TONE[band.id],
      range: rangeText(band, lang),
    })),
    active: Math.max(0, table.findIndex((band) => inBand(band, value))),
  };
}
