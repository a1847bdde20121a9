import type { ResourceKey } from 'i18next';
import type { LoadLocale } from './create-i18n';

/**
 * In the browser, text is fetched as JSON from /locales/ (copied there by the build): only the
 * language in use is downloaded, and data parses faster as JSON than as JavaScript.
 */
export const fetchLocale: LoadLocale = async (lng, ns) => {
  const response = await fetch(`/locales/${lng}/${ns}.json`);
  if (!response.ok) throw new Error(`/locales/${lng}/${ns}.json: HTTP ${response.status}`);
  return (await response.json()) as ResourceKey;
};
