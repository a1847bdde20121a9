import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/create-i18n';
import { LANGUAGES, rememberLang } from '../i18n/languages';

/** `remember`: keep the choice for the next visit (not on a reception tablet, where each clear restores the desk's language). */
export function LanguageSwitch({ remember = true }: { remember?: boolean }) {
  const { t, i18n } = useTranslation();
  const active = currentLang(i18n);
  return (
    <div role="group" aria-label={t('lang.label')} className="lang-switch">
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={active === lang}
          onClick={() => {
            if (remember) rememberLang(lang);
            void i18n.changeLanguage(lang);
          }}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </div>
  );
}
