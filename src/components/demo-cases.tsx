import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_CASES, type DemoCase } from '../reception/demo-cases';

/** Made-up example reports, one tap to fill the form: for staff showing the app. */
export const DemoCases = memo(function DemoCases({ onPick }: { onPick: (demo: DemoCase) => void }) {
  const { t } = useTranslation();
  return (
    <section className="demo" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('demo.title')}</h2>
      <p className="hint">{t('demo.note')}</p>
      <div className="demo-buttons">
        {DEMO_CASES.map((demo) => (
          <button key={demo.id} type="button" className="secondary" onClick={() => onPick(demo)}>
            {t(`demo.cases.${demo.id}`)}
          </button>
        ))}
      </div>
    </section>
  );
});
