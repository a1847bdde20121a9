import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_UNITS, REPORT_DECIMALS } from '../../input/fields';
import type { Analyte, AltTier, Finding, Grade, SourceId, Trend } from '../../rules';
import { TrendChart, type TrendPoint } from './trend-chart';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';
import { BandGauge } from './band-gauge';
import { gaugeFor, limitsText } from './gauge-bands';
import { FindingItem } from './finding-item';
import { SourceRefs } from './source-refs';

interface AnalyteCardProps {
  analyte: Analyte;
  value: number;
  grade: Grade;
  tier?: AltTier | undefined;
  findings: readonly Finding[];
  /** Sources of the grade (and, for ALT, the tier). */
  sources: readonly SourceId[];
  /** This value over the checkups, oldest first (today alone: no chart). */
  points?: readonly TrendPoint[];
  trend?: Trend | undefined;
}

/** Typing in one field re-renders only the cards whose own value or findings changed. */
export const AnalyteCard = memo(AnalyteCardView, (a, b) =>
  a.analyte === b.analyte &&
  a.value === b.value &&
  a.grade === b.grade &&
  a.tier === b.tier &&
  JSON.stringify(a.findings) === JSON.stringify(b.findings) &&
  a.sources.join() === b.sources.join() &&
  JSON.stringify(a.points) === JSON.stringify(b.points) &&
  JSON.stringify(a.trend) === JSON.stringify(b.trend),
);

function AnalyteCardView({ analyte, value, grade, tier, findings, sources, points = [], trend }: AnalyteCardProps) {
  const { t, i18n } = useTranslation('explain');
  const lang = currentLang(i18n);
  const name = t(`fields.${analyte}`, { ns: 'common' });
  const unit = t(`units.${FIELD_UNITS[analyte][0]}`, { ns: 'common' });
  const shown = formatNumber(value, lang, 2, REPORT_DECIMALS[analyte]);
  const gauge = gaugeFor(analyte, value);
  const common = (key: 'gauge.atMost' | 'gauge.atLeast' | 'gauge.between', options: Record<string, string>) => t(key, { ns: 'common', ...options });
  const limits = gauge.bands.map((b) => limitsText(b.limits, lang, common));
  const gaugeLabel = t('gauge.label', {
    ns: 'common',
    name,
    value: shown,
    unit,
    band: `${grade} ${t(`gradeWords.${grade}`)}`,
    bands: gauge.bands.map((b, i) => `${b.mark} ${limits[i] ?? ''}`).join(', '),
  });
  // The reference range as reports print it beside the value: the limits of grade A.
  const reference = gauge.bands.filter((b) => b.mark === 'A').map((b) => limitsText(b.limits, lang, common)).join(', ');
  const headingId = `card-${analyte}`;
  // A high platelet count is not a liver sign: its own meaning and causes, never the scarring text (§3.8).
  const plateletsHigh = analyte === 'platelets' && findings.some((f) => f.id === 'platelets.high');

  return (
    <article className={`card grade-${grade}`} aria-labelledby={headingId}>
      <header className="card-head">
        <h3 id={headingId}>{name}</h3>
        <p className="card-value">
          <span className="value-number">{shown}</span> <span className="value-unit">{unit}</span>
        </p>
        <p className="grade-badge">
          <span className="grade-letter" aria-hidden="true">
            {grade}
          </span>
          <span>
            {t('results.grade', { ns: 'common', grade })} {t(`gradeWords.${grade}`)}
          </span>
        </p>
        <p className="reference-range">{t('gauge.reference', { ns: 'common', range: reference, unit })}</p>
      </header>
      <BandGauge bands={gauge.bands} active={gauge.active} value={value} label={gaugeLabel} limits={limits} />
      <TrendChart analyte={analyte} points={points} trend={trend} />
      <dl className="explain">
        <dt>{t('results.whatItMeans', { ns: 'common' })}</dt>
        <dd>
          {tier ? (
            <>
              <strong>{t(`altTier.${tier}.title`)}</strong> {t(`altTier.${tier}.text`)}
            </>
          ) : (
            meaning(analyte, grade)
          )}
        </dd>
        <dt>{t('results.whatItIs', { ns: 'common' })}</dt>
        <dd>{t(`analytes.${analyte}.what`)}</dd>
        {grade !== 'A' && (
          <>
            <dt>{t('results.causes', { ns: 'common' })}</dt>
            <dd>{plateletsHigh ? t('analytes.platelets.causesHigh') : t(`analytes.${analyte}.causes`)}</dd>
          </>
        )}
      </dl>
      {findings.length > 0 && (
        <ul className="findings">
          {findings.map((f) => (
            <FindingItem key={f.id} finding={f} />
          ))}
        </ul>
      )}
      <SourceRefs ids={sources} />
    </article>
  );

  function meaning(a: Analyte, g: Grade): string {
    // Albumin has no grade B in the JSND table, so its texts have no B either.
    if (a === 'albumin') return g === 'B' ? t('analytes.albumin.meaning.C') : t(`analytes.albumin.meaning.${g}`);
    // High platelets are grade B or D only (§3.3).
    if (plateletsHigh) return t(`analytes.platelets.meaningHigh.${g === 'B' ? 'B' : 'D'}`);
    return t(`analytes.${a}.meaning.${g}`);
  }
}
