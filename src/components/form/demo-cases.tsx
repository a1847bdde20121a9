import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_CASES, type DemoCase } from '../../reception/demo-cases';

interface DemoCasesProps {
  /** On the reception tablet staff show examples: the list is open. On a patient's own device it is tucked away at the end. */
  reception: boolean;
  /** Whether the person has typed or chosen anything: then picking an example asks first. */
  typed: boolean;
  onPick: (demo: DemoCase) => void;
}

/** Made-up example reports, one tap to fill the form, never mixed with a person's own values. */
export const DemoCases = memo(function DemoCases({ reception, typed, onPick }: DemoCasesProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<DemoCase | undefined>(undefined);
  const pick = (demo: DemoCase) => {
    if (typed) setPending(demo);
    else onPick(demo);
  };
  const body = (
    <>
      <p className="hint">{t('demo.note')}</p>
      {pending ? (
        <div className="demo-confirm" role="alertdialog" aria-labelledby="demo-confirm-text">
          <p id="demo-confirm-text">{t('demo.confirm', { name: t(`demo.cases.${pending.id}`) })}</p>
          <div className="demo-buttons">
            <button
              type="button"
              onClick={() => {
                onPick(pending);
                setPending(undefined);
              }}
            >
              {t('demo.replace')}
            </button>
            <button type="button" className="secondary" autoFocus onClick={() => setPending(undefined)}>
              {t('demo.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="demo-buttons">
          {DEMO_CASES.map((demo) => (
            <button key={demo.id} type="button" className="secondary" onClick={() => pick(demo)}>
              {t(`demo.cases.${demo.id}`)}
            </button>
          ))}
        </div>
      )}
    </>
  );
  if (reception) {
    return (
      <section className="demo" aria-labelledby="demo-title">
        <h2 id="demo-title">{t('demo.title')}</h2>
        {body}
      </section>
    );
  }
  return (
    <details className="demo demo-personal">
      <summary>{t('demo.personalTitle')}</summary>
      {body}
    </details>
  );
});

/** Stays beside the fields while example values are on screen: they are not anyone's results. */
export function ExampleBanner({ demo }: { demo: DemoCase['id'] }) {
  const { t } = useTranslation();
  return (
    <p className="example-banner" role="note">
      <span className="example-icon" aria-hidden="true">
        ✎
      </span>
      {t('demo.formBanner', { name: t(`demo.cases.${demo}`) })}
    </p>
  );
}
