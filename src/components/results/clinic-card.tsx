import { useTranslation } from 'react-i18next';
import type { Clinic } from '../../clinic/clinic-config';
import { currentLang } from '../../i18n/create-i18n';

/** Where to book, when the clinic running the app has said so in public/clinic.json. */
export function ClinicCard({ clinic }: { clinic: Clinic }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <section className="clinic" aria-labelledby="clinic-title">
      <h2 id="clinic-title">{t('clinic.title')}</h2>
      <p className="clinic-name">{clinic.name[lang]}</p>
      <p>
        {t('clinic.phone')}: <a href={`tel:${clinic.phone.replace(/[\s()-]/g, '')}`}>{clinic.phone}</a>
      </p>
      <p>{clinic.address[lang]}</p>
      <p>
        {t('clinic.hours')}: {clinic.hours[lang]}
      </p>
      {clinic.url && (
        <p>
          <a href={clinic.url} target="_blank" rel="noopener noreferrer">
            {t('clinic.web')}
          </a>
        </p>
      )}
    </section>
  );
}
