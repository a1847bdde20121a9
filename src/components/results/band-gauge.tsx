export interface GaugeBand {
  /** Short text drawn inside the band (a grade letter or tier number): the band never relies on colour alone. */
  mark: string;
  /** Lower and upper bound; undefined for the open end. */
  from?: number;
  to?: number;
  tone: 'good' | 'mild' | 'moderate' | 'severe';
}

interface BandGaugeProps {
  bands: readonly GaugeBand[];
  active: number;
  value: number;
  label: string;
  /** Each band's limits in words ("30以下", "31–35"), written under it; the label says the same. */
  limits?: readonly string[];
}

const WIDTH = 300;

/**
 * Where `value` sits inside its band, 0–1 (kept off the very edges). An open upper band is drawn
 * as if it ended at twice its lower bound.
 */
export function positionInBand(band: GaugeBand | undefined, value: number): number {
  if (!band) return 0.5;
  const from = band.from ?? 0;
  const to = band.to ?? (band.from ?? 0) * 2;
  return to > from ? Math.min(Math.max((value - from) / (to - from), 0.04), 0.96) : 0.5;
}
const BAR_Y = 18;
const BAR_H = 22;

/**
 * Equal-width bands with the value marked inside its own band. Linear scales squash the
 * narrow bands (AST 30–35) that matter most, so each band gets the same width.
 */
export function BandGauge({ bands, active, value, label, limits }: BandGaugeProps) {
  const width = WIDTH / bands.length;
  const x = active * width + positionInBand(bands[active], value) * width;
  return (
    <div className="gauge-wrap">
      <svg className="gauge" viewBox={`0 0 ${WIDTH} 48`} role="img" aria-label={label}>
        {bands.map((b, i) => (
          <g key={i}>
            <rect
              className={`gauge-band tone-${b.tone}${i === active ? ' gauge-active' : ''}`}
              x={i * width + 1}
              y={BAR_Y}
              width={width - 2}
              height={BAR_H}
              rx={3}
            />
            <text className="gauge-mark" x={i * width + width / 2} y={BAR_Y + BAR_H / 2 + 5} textAnchor="middle">
              {b.mark}
            </text>
          </g>
        ))}
        <path className="gauge-pointer" d={`M ${x - 7} 2 L ${x + 7} 2 L ${x} 15 Z`} />
        <line className="gauge-pointer-line" x1={x} x2={x} y1={14} y2={BAR_Y + BAR_H + 4} />
      </svg>
      {limits && (
        <div className="gauge-limits" aria-hidden="true">
          {limits.map((text, i) => (
            <span key={i} className={i === active ? 'gauge-limit-active' : undefined}>
              {text}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
