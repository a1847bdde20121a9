import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Mixed } from '../../i18n/lang-runs';

const CAUSES = ['viral', 'fattyLiver', 'alcohol', 'medicines', 'autoimmune', 'exercise', 'advanced', 'notStress'] as const;
const ALCOHOL = ['amount', 'less', 'freeDays', 'cause', 'ggtNormal'] as const;
const LIFESTYLE = ['see', 'meals', 'exercise', 'weight', 'sleep', 'supplements'] as const;

/**
 * What holds whatever the numbers (clinical-reference §5): the liver is silent, what raises liver
 * values (and that stress is no explanation), medicines, alcohol in amounts, what helps.
 * Static text: memoised so typing never re-renders it (a language change still does, through the hook).
 */
export const GeneralAdvice = memo(function GeneralAdvice() {
  const { t } = useTranslation('explain');
  return (
    <section className="general" aria-labelledby="general-title">
      <h2 id="general-title">{t('results.more', { ns: 'common' })}</h2>
      <p>{t('general.silentLiver')}</p>
      <h3>{t('general.causesTitle')}</h3>
      <ul>
        {CAUSES.map((key) => (
          <li key={key}>
            <Mixed>{t(`general.causes.${key}`)}</Mixed>
          </li>
        ))}
      </ul>
      <p className="medicines-note">{t('general.medicines')}</p>
      <h3>{t('general.alcoholTitle')}</h3>
      <ul>
        {ALCOHOL.map((key) => (
          <li key={key}>
            <Mixed>{t(`general.alcohol.${key}`)}</Mixed>
          </li>
        ))}
      </ul>
      <h3>{t('general.lifestyleTitle')}</h3>
      <ul>
        {LIFESTYLE.map((key) => (
          <li key={key}>{t(`general.lifestyle.${key}`)}</li>
        ))}
      </ul>
    </section>
  );
});
