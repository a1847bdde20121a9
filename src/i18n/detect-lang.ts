import LanguageDetector from 'i18next-browser-languagedetector';
import { LANG_STORAGE_KEY, toSupportedLang, type Lang } from './languages';

/**
 * The language to show: a choice the person made before, else the browser's language
 * (Japanese for ja*, English otherwise). Used standalone, without an i18next instance,
 * so the boot script can decide before the first paint which prerendered page to show.
 */
export function detectLang(): Lang {
  const detector = new LanguageDetector(undefined, {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANG_STORAGE_KEY,
    caches: [],
  });
  const found = detector.detect();
  return toSupportedLang(Array.isArray(found) ? found[0] : found);
}
