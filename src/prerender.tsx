import { prerenderToNodeStream } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { bundledLocale } from './i18n/bundled-locales';
import { createI18n } from './i18n/create-i18n';
import type { Lang } from './i18n/languages';

export { idPrefix, prefixIds } from './prerender-ids';

/**
 * Build-time only (scripts/prerender.mjs): the page's first state, as HTML, in one language.
 * The browser shows it before any JavaScript runs; main.tsx then hydrates it.
 */
export async function prerender(lng: Lang): Promise<{ html: string; title: string }> {
  const i18n = await createI18n({ lng, load: bundledLocale });
  const { prelude } = await prerenderToNodeStream(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { html, title: i18n.t('app.title') };
}
