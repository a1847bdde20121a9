import { useTranslation } from 'react-i18next';
import { FIELD_IDS, FIELD_UNITS, REPORT_DECIMALS } from '../input/fields';
import { currentLang } from '../i18n/create-i18n';
import { formatNumber } from '../i18n/format';
import type { Interpretation, LabValues, SourceId } from '../rules';

interface PrintSummaryProps {
  values: LabValues;
  interpretation: Interpretation;
}

/** The take-away page: hidden on screen, the only thing printed (A4, one page). */
export function PrintSummary({ values, interpretation }: PrintSummaryProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { urgency, grades, findings } = interpretation;
  const shortFindings = findings.filter((f) => !f.id.startsWith('grade.'));
  const sources = [...new Set<SourceId>(findings.flatMap((f) => f.sources))];
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());

  return (
    <section className="print-only print-summary" aria-hidden="true">
      <h1>{t('app.title')}</h1>
      <p>
        {t('print.date')}: {date}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('print.test')}</th>
            <th scope="col">{t('results.yourValue')}</th>
            <th scope="col">{t('print.grade')}</th>
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
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('summary.nextStep')}</h2>
      <p className="print-next">
        {t(`urgency.${urgency}.title`, { ns: 'explain' })} — {t(`urgency.${urgency}.nextStep`, { ns: 'explain' })}
      </p>
      {shortFindings.length > 0 && (
        <>
          <h2>{t('print.findings')}</h2>
          <ul>
            {shortFindings.map((f) => (
              <li key={f.id}>{t(`findings.${f.id}`, { ns: 'explain', ...f.params })}</li>
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
}
