import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContextChoice } from '../../input/context-choice';
import { MARKER_RESULTS, ULTRASOUND_RESULTS } from '../../rules/types';
import { Mixed } from '../../i18n/lang-runs';
import { currentLang } from '../../i18n/create-i18n';

type ContextKey = keyof ContextChoice;

interface ContextInputsProps {
  choice: ContextChoice;
  onChange: <K extends ContextKey>(key: K, value: ContextChoice[K]) => void;
}

const OPTIONS = {
  hbsAg: [...MARKER_RESULTS, 'unknown'],
  hcvAb: [...MARKER_RESULTS, 'unknown'],
  ultrasound: [...ULTRASOUND_RESULTS, 'unknown'],
} as const satisfies { [K in ContextKey]: readonly ContextChoice[K][] };

/** Hepatitis B and C markers and the ultrasound line, as radio groups; "not tested / don't know" by default. */
export const ContextInputs = memo(function ContextInputs({ choice, onChange }: ContextInputsProps) {
  const { t, i18n } = useTranslation();
  // The group's name carries the language: the page is prerendered in both languages, and two
  // groups of one name in one document are one group, so the second would uncheck the first's
  // default ("not tested") before the app starts.
  const lang = currentLang(i18n);
  return (
    <section className="context-inputs" aria-labelledby="context-title">
      <h3 id="context-title">{t('context.title')}</h3>
      <p className="hint">
        <Mixed>{t('context.intro')}</Mixed>
      </p>
      {(Object.keys(OPTIONS) as ContextKey[]).map((key) => (
        <fieldset key={key} className="choice-group">
          <legend>{t(`context.${key}.label`)}</legend>
          <p className="hint" id={`context-${key}-hint`}>
            <Mixed>{t(`context.${key}.hint`)}</Mixed>
          </p>
          <div className="choices">
            {OPTIONS[key].map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name={`context-${key}-${lang}`}
                  value={option}
                  checked={choice[key] === option}
                  aria-describedby={`context-${key}-hint`}
                  onChange={() => onChange(key, option as ContextChoice[typeof key])}
                />
                <span>{t(`context.${key}.options.${option}` as 'context.hbsAg.options.unknown')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
});
