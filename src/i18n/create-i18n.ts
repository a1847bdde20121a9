import { createInstance, type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, toSupportedLang, type Lang } from './languages';

// Each language's files are their own chunks: the language not in use is never downloaded.
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    const load = localeFiles[`../../locales/${lng}/${ns}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${lng}/${ns}`), false);
      return;
    }
    load().then(
      (file) => callback(null, file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export interface CreateI18nOptions {
  /** The language to start in (see detect-lang.ts for how the app chooses it). */
  lng: Lang;
}

/** A fresh i18next instance, initialised and with the active language's texts loaded. */
export async function createI18n({ lng }: CreateI18nOptions): Promise<I18n> {
  const instance = createInstance();
  instance.use(lazyLocales).use(initReactI18next);
  await instance.init({
    lng,
    supportedLngs: [...LANGUAGES],
    // Both languages are complete (tests/locale-parity.test.ts): never download the other one as a fallback.
    fallbackLng: false,
    load: 'languageOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  return instance;
}

export function currentLang(instance: I18n): Lang {
  return toSupportedLang(instance.resolvedLanguage ?? instance.language);
}
