import type { ResourceKey } from 'i18next';
import type { LoadLocale } from './create-i18n';

// For tests and build-time prerendering, where there is no server to fetch from.
const files = import.meta.glob<ResourceKey>('../../locales/*/*.json', { import: 'default' });

export const bundledLocale: LoadLocale = async (lng, ns) => {
  const load = files[`../../locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`No locale file ${lng}/${ns}`);
  return load();
};
