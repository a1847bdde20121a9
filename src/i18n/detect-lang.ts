import { LANG_STORAGE_KEY, toSupportedLang, type Lang } from './languages';

/**
 * The language to show: a choice the person made before, else the browser's first language
 * (Japanese for ja*, English otherwise). Runs in the boot script before the first paint, so it
 * is kept to a few lines (i18next-browser-languagedetector did the same in 2 KB of first load).
 */
export function detectLang(): Lang {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // storage blocked: the browser's language decides
  }
  if (stored === 'en' || stored === 'ja') return stored;
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return toSupportedLang(nav?.languages?.[0] ?? nav?.language);
}
