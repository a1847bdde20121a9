export const LANGUAGES = ['en', 'ja'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const NAMESPACES = ['common', 'explain', 'sources'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The one key the app stores (besides reception settings): the chosen language. */
export const LANG_STORAGE_KEY = 'lang';

/** Japanese for any ja* tag, English otherwise (the rule). */
export function toSupportedLang(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Remember an explicit choice. Storage can be unavailable (private mode); the choice then lasts for the visit. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // nothing to do: the app works without storage
  }
}
