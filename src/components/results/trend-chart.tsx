import { useTranslation } from 'react-i18next';
import { FIELD_UNITS, REPORT_DECIMALS } from '../../input/fields';
import { formatNumber } from '../../i18n/format';
import { currentLang } from '../../i18n/create-i18n';
import type { Analyte, Grade, Trend } from '../../rules';
import { positionInBand } from './band-gauge';
import { gaugeFor } from './gauge-bands';

export interface TrendPoint {
  column: 'beforePrevious' | 'previous' | 'today';
  value: number;
  grade: Grade;
}

interface TrendChartProps {
  analyte: Analyte;
  /** Oldest first; today last. */
  points: readonly TrendPoint[];
  trend: Trend | undefined;
}

const WIDTH = 300;
const HEIGHT = 120;
const LEFT = 22;
const TOP = 6;
const PLOT_H = 90;

/**
 * One analyte over the checkups, drawn over the same grade bands as the gauge (the rules' own
 * table, equal heights, A at the bottom of the plot for enzymes). A text equivalent follows, and a
 * change is only ever "higher", "lower" or "within normal variation between tests".
 */
export function TrendChart({ analyte, points, trend }: TrendChartProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const last = points[points.length - 1];
  if (!last || points.length < 2) return null;
  const { bands } = gaugeFor(analyte, last.value);
  const bandH = PLOT_H / bands.length;
  const step = (WIDTH - LEFT - 24) / Math.max(1, points.length - 1);
  const unit = t(`units.${FIELD_UNITS[analyte][0]}`);
  const show = (v: number) => formatNumber(v, lang, 2, REPORT_DECIMALS[analyte]);
  // Bands run low values → high values; drawn bottom → top.
  const coords = points.map((p, i) => {
    const { active } = gaugeFor(analyte, p.value);
    const y = TOP + PLOT_H - (active + positionInBand(bands[active], p.value)) * bandH;
    return { ...p, x: LEFT + 12 + i * step, y };
  });
  const described = coords.map((p) => t('trend.point', { column: t(`trend.columns.${p.column}`), value: show(p.value), unit, grade: p.grade })).join(t('trend.separator'));
  const change = trend ? changeText() : '';
  const label = t('trend.label', { name: t(`fields.${analyte}`), points: described });

  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${label} ${change}`}>
        {bands.map((b, i) => (
          <g key={i}>
            <rect className={`gauge-band tone-${b.tone}`} x={LEFT} y={TOP + PLOT_H - (i + 1) * bandH + 0.5} width={WIDTH - LEFT} height={bandH - 1} />
            <text className="trend-band-mark" x={LEFT - 6} y={TOP + PLOT_H - i * bandH - bandH / 2 + 4} textAnchor="end">
              {b.mark}
            </text>
          </g>
        ))}
        <polyline className="trend-line" points={coords.map((p) => `${p.x},${p.y}`).join(' ')} />
        {coords.map((p) => (
          <g key={p.column}>
            <circle className="trend-dot" cx={p.x} cy={p.y} r={5} />
            <text className="trend-axis" x={p.x} y={HEIGHT - 4} textAnchor="middle">
              {t(`trend.short.${p.column}`)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {label} {change}
      </figcaption>
    </figure>
  );

  function changeText(): string {
    if (!trend) return '';
    if (trend.direction === 'steady') return t('trend.steady');
    const percent = formatNumber(Math.abs(trend.change) * 100, lang, 0);
    return t(trend.direction === 'up' ? 'trend.up' : 'trend.down', { percent });
  }
}
