import type { ResourceKey } from 'i18next';
import type { LoadLocale } from './create-i18n';

/**
 * In the browser, text is fetched as JSON from /locales/ (copied there by the build): only the
 * language in use is downloaded, and data parses faster as JSON than as JavaScript. Built files
 * carry their content hash in the name (`common.1a2b3c4d5e.json`), so new code never meets old text.
 */
export const fetchLocale: LoadLocale = async (lng, ns) => {
  const url = (import.meta.env.PROD && __LOCALE_FILES__[`${lng}/${ns}`]) || `/locales/${lng}/${ns}.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as ResourceKey;
};
