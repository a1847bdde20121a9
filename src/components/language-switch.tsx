import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n/create-i18n';
import { LANGUAGES, NAMESPACES, rememberLang, type Lang } from '../i18n/languages';

/** `remember`: keep the choice for the next visit (not on a reception tablet, where each clear restores the desk's language). */
export function LanguageSwitch({ remember = true }: { remember?: boolean }) {
  const { t, i18n } = useTranslation();
  const active = currentLang(i18n);
  // A language whose text could not be loaded (offline): the page stays as it is and says so.
  const [failed, setFailed] = useState<Lang | undefined>(undefined);
  const loaded = (lang: Lang) => NAMESPACES.every((ns) => i18n.hasResourceBundle(lang, ns));

  async function choose(lang: Lang) {
    if (lang === active) return;
    // Load first, switch after: i18next would otherwise switch to a language without text and
    // show its keys ("urgency.emergency.title"). A failed load is tried again on the next tap.
    if (!loaded(lang)) await i18n.reloadResources([lang]).catch(() => undefined);
    if (!loaded(lang)) {
      setFailed(lang);
      return;
    }
    setFailed(undefined);
    if (remember) rememberLang(lang);
    await i18n.changeLanguage(lang);
  }

  return (
    <div className="lang-area">
      <div role="group" aria-label={t('lang.label')} className="lang-switch">
        {LANGUAGES.map((lang) => (
          <button key={lang} type="button" lang={lang} aria-pressed={active === lang} onClick={() => void choose(lang)}>
            {t(`lang.${lang}`)}
          </button>
        ))}
      </div>
      <div className="lang-failed" role="alert">
        {failed && failed !== active && (
          // In both languages: the reader may be looking for either.
          <>
            <p>{t('lang.loadFailed')}</p>
            <p lang={failed}>{t('lang.loadFailedOther')}</p>
          </>
        )}
      </div>
    </div>
  );
}
