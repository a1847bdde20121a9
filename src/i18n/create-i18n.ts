import { createInstance, type BackendModule, type i18n as I18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, toSupportedLang, type Lang, type Namespace } from './languages';

/** Where one namespace of one language's text comes from (fetched in the browser, bundled in tests). */
export type LoadLocale = (lng: Lang, ns: Namespace) => Promise<ResourceKey>;

export interface CreateI18nOptions {
  /** The language to start in (see detect-lang.ts for how the app chooses it). */
  lng: Lang;
  load: LoadLocale;
}

/** A fresh i18next instance, initialised and with the active language's texts loaded. */
export async function createI18n({ lng, load }: CreateI18nOptions): Promise<I18n> {
  const backend: BackendModule = {
    type: 'backend',
    init() {},
    read(language, ns, callback) {
      load(toSupportedLang(language), ns as Namespace).then(
        (resource) => callback(null, resource),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
  const instance = createInstance();
  instance.use(backend).use(initReactI18next);
  await instance.init({
    lng,
    supportedLngs: [...LANGUAGES],
    // Both languages are complete (tests/locale-parity.test.ts): never download the other as a fallback.
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
