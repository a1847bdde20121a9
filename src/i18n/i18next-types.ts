import type common from '../../locales/en/common.json';
import type explain from '../../locales/en/explain.json';
import type sources from '../../locales/en/sources.json';

// English is the source of the key types: a missing or misspelt key fails type-check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      explain: typeof explain;
      sources: typeof sources;
    };
  }
}
