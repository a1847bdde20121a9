import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_IDS, FIELD_UNITS, REPORT_DECIMALS, type FieldId } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';
import { truncateFib4, type Fib4, type Grade, type Interpretation, type LabValues, type SourceId } from '../../rules';
import type { ContextChoice } from '../../input/context-choice';
import type { YearMonth } from '../../handoff/payload';
import { PrintQr } from '../../handoff/print-qr';
import { findingText } from '../results/finding-text';
import { questionsFor } from './questions';
import { EARLIER_COLUMNS } from '../../input/earlier';
import { useSharedResult } from './use-shared-result';

interface PrintSummaryProps {
  values: LabValues;
  interpretation: Interpretation;
  /** Earlier checkups as passed to the rules, most recent first. */
  earlier: readonly LabValues[];
  /** The earlier checkups' year and month where typed, aligned with `earlier`. */
  earlierDates: readonly (YearMonth | undefined)[];
  choice: ContextChoice;
}

/** The take-away page: hidden on screen, the only thing printed (A4, one page). Memoised: it changes only when a value is judged. */
export const PrintSummary = memo(function PrintSummary({ values, interpretation, earlier, earlierDates, choice }: PrintSummaryProps) {
  const { t, i18n } = useTranslation();
  const { t: tExplain } = useTranslation('explain');
  const lang = currentLang(i18n);
  const { urgency, grades, findings } = interpretation;
  const shortFindings = findings.filter((f) => !f.id.startsWith('grade.'));
  const sources = [...new Set<SourceId>(findings.flatMap((f) => f.sources))];
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
  const monthFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short' });
  // Earlier columns only when the person typed any: most reports print oldest on the right.
  const columns = EARLIER_COLUMNS.flatMap((column, i) => {
    const v = earlier[i];
    return v && Object.keys(v).some((k) => k !== 'age') ? [{ column, values: v, result: interpretation.earlier[i], date: earlierDates[i] }] : [];
  });
  const cell = (field: FieldId, v: LabValues, grade: Grade | undefined) => {
    const value = v[field];
    if (value === undefined) return '—';
    const shown = `${formatNumber(value, lang, 2, REPORT_DECIMALS[field])} ${t(`units.${FIELD_UNITS[field][0]}`)}`;
    return grade ? `${shown} (${grade})` : shown;
  };
  const fib4Cell = (f: Fib4 | undefined) => (f ? formatNumber(truncateFib4(f.value), lang, 2, 2) : '—');
  const questions = questionsFor(interpretation);
  // The link of "Show on my phone", so that the printed sheet opens this result on a phone.
  const shared = useSharedResult(values, earlier, earlierDates, choice);
  const contextLine = (['hbsAg', 'hcvAb', 'ultrasound'] as const)
    .map((key) => `${t(`context.${key}.label`)}: ${choice[key] === 'unknown' ? t('printExtra.notGiven') : t(`context.${key}.options.${choice[key]}` as 'context.hbsAg.options.unknown')}`)
    .join(' / ');

  return (
    <section className="print-only print-summary" aria-hidden="true">
      {/* First, floated right: title, date and table stand beside it, so it adds no height. */}
      <PrintQr result={shared} />
      <h1>{t('app.title')}</h1>
      <p>
        {t('print.date')}: {date}
      </p>
      <div className="print-table">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('print.test')}</th>
              <th scope="col">{columns.length > 0 ? t('printExtra.columns.today') : t('results.yourValue')}</th>
              <th scope="col">{t('print.grade')}</th>
              {columns.map((c) => (
                <th key={c.column} scope="col">
                  {/* With the checkup's year and month, where typed: "Previous (Jun 2024)" / 「前回（2024年6月）」. */}
                  {c.date
                    ? t('printExtra.columnMonth', { column: t(`printExtra.columns.${c.column}`), month: monthFormat.format(new Date(c.date.year, c.date.month - 1)) })
                    : t(`printExtra.columns.${c.column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIELD_IDS.map((field) => {
              const value = values[field];
              const grade = field === 'age' ? undefined : grades[field];
              return (
                <tr key={field}>
                  <th scope="row">{t(`fields.${field}`)}</th>
                  <td>
                    {value === undefined
                      ? t('print.notEntered')
                      : `${formatNumber(value, lang, 2, REPORT_DECIMALS[field])} ${t(`units.${FIELD_UNITS[field][0]}`)}`}
                  </td>
                  <td>{grade ? `${grade} ${t(`gradeWords.${grade}`, { ns: 'explain' })}` : '—'}</td>
                  {columns.map((c) => (
                    <td key={c.column}>{cell(field, c.values, field === 'age' ? undefined : c.result?.grades[field])}</td>
                  ))}
                </tr>
              );
            })}
            {(interpretation.fib4 || columns.some((c) => c.result?.fib4)) && (
              <tr>
                <th scope="row">{t('printExtra.fib4')}</th>
                <td>{fib4Cell(interpretation.fib4)}</td>
                <td>—</td>
                {columns.map((c) => (
                  <td key={c.column}>{fib4Cell(c.result?.fib4)}</td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="print-context">
        <strong>{t('printExtra.markers')}:</strong> {contextLine}
      </p>
      <h2>{t('summary.nextStep')}</h2>
      <p className="print-next">
        {t(`urgency.${urgency}.title`, { ns: 'explain' })} — {t(`urgency.${urgency}.nextStep`, { ns: 'explain' })}
        {interpretation.seeHepatologist && (urgency === 'consult' || urgency === 'examine') && ` ${t('care.viaFamilyDoctor', { ns: 'explain' })}`}
      </p>
      <p className="print-symptoms">
        <strong>{t('care.symptoms', { ns: 'explain' })}</strong>
      </p>
      {shortFindings.length > 0 && (
        <>
          <h2>{t('print.findings')}</h2>
          <ul>
            {shortFindings.map((f) => (
              <li key={f.id}>{findingText(tExplain, f)}</li>
            ))}
          </ul>
        </>
      )}
      {questions.length > 0 && (
        <>
          <h2>{t('questions.title')}</h2>
          <ul className="print-questions">
            {questions.map((id) => (
              <li key={id}>{t(`questions.${id}`)}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('results.sources')}</h2>
      <p className="print-sources">
        {sources.map((id) => `${t(`${id}.title`, { ns: 'sources' })} (${t(`${id}.publisher`, { ns: 'sources' })}, ${t(`${id}.year`, { ns: 'sources' })})`).join('; ')}
      </p>
      <p className="print-disclaimer">
        {t('summary.notDiagnosis')} {t('disclaimer')}
      </p>
    </section>
  );
});
