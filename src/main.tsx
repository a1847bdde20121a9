import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { loadClinic, type Clinic } from './clinic/clinic-config';
import { readEarlyInput } from './components/form/early-input';
import { takeSharedFragment } from './handoff/shared-fragment';
import { createI18n, currentLang } from './i18n/create-i18n';
import { fetchLocale } from './i18n/fetch-locale';
import { NAMESPACES, toSupportedLang } from './i18n/languages';
import { idPrefix, unprefixIds } from './prerender-ids';
import { loadSettingsFromLocation } from './reception/settings';
import { registerServiceWorker } from './service-worker';
import './styles.css';

// Not top-level await: the chunks awaited here (the shared-link reader, the detector) import the
// first page's chunk, which would still be waiting for this module to finish: a deadlock.
async function start(): Promise<void> {
  const settings = loadSettingsFromLocation();
  // A result opened from a shared link (#r=…, never sent to a server): read once, removed from the
  // address bar, shown in the language it was shared in.
  const shared = await takeSharedFragment();

  // A new version never interrupts someone typing: it is applied at once only if nothing was
  // typed yet, otherwise at the next clear (or the next load).
  let typed = false;
  let applyUpdate: (() => void) | undefined;
  document.addEventListener('input', () => (typed = true), { capture: true, once: true });
  registerServiceWorker((apply) => {
    if (typed) applyUpdate = apply;
    else apply();
  });
  const onCleared = () => {
    applyUpdate?.();
    return applyUpdate !== undefined;
  };

  // boot.js has already chosen the language (and marked it); without it (dev server) detect here.
  const html = document.documentElement;
  const lng = shared?.ok
    ? shared.result.lang
    : html.dataset.langDetected
      ? toSupportedLang(html.lang)
      : (await import('./i18n/detect-lang')).detectLang();
  if (html.lang !== lng) html.lang = lng;
  const i18n = await createI18n({ lng, load: fetchLocale });
  const lang = currentLang(i18n);
  // Never show keys for text: if this language's files cannot be loaded (one retry), keep the
  // prerendered page, which has the real text, rather than start without words.
  const loaded = () => NAMESPACES.every((ns) => i18n.hasResourceBundle(lang, ns));
  if (!loaded()) await i18n.reloadResources([lang]).catch(() => undefined);
  if (!loaded()) return;

  // Anything typed into the prerendered form before now is kept and read (also in reception mode,
  // where the page is drawn anew).
  const prerendered = document.querySelector<HTMLElement>(`.prerendered[data-lang="${lang}"]`);
  const early = readEarlyInput(prerendered);
  if (early) typed = true;

  const element = (clinic: Clinic | undefined) => (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App settings={settings} clinic={clinic} onCleared={onCleared} early={early} shared={shared} />
      </I18nextProvider>
    </StrictMode>
  );

  // The build prerendered the page in both languages (scripts/prerender.mjs). Keep the one in this
  // language and hydrate it; the page was prerendered empty and in personal mode, so reception mode
  // and a shared result render anew.
  let root!: Root;
  if (prerendered && settings.mode === 'personal' && shared === null) {
    for (const other of document.querySelectorAll('.prerendered')) if (other !== prerendered) other.remove();
    unprefixIds(prerendered, idPrefix(lang)); // the ids React renders
    prerendered.classList.remove('prerendered');
    // A transition: React hydrates in slices and lets the browser paint and answer in between,
    // instead of one long task (the page is already drawn and readable).
    startTransition(() => {
      root = hydrateRoot(prerendered, element(undefined));
    });
  } else {
    const container = document.getElementById('root');
    if (!container) throw new Error('index.html has no #root');
    for (const other of document.querySelectorAll('.prerendered')) if (other !== container) other.remove();
    container.replaceChildren();
    container.classList.remove('prerendered');
    root = createRoot(container);
    root.render(element(undefined));
  }

  // The clinic's details go in once the page has been hydrated (App marks <html data-ready>): an
  // update to a root still hydrating in its transition would throw the hydration away.
  const hydrated = new Promise<void>((resolve) => {
    if (html.dataset.ready) return resolve();
    const observer = new MutationObserver(() => {
      if (!html.dataset.ready) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(html, { attributes: true, attributeFilter: ['data-ready'] });
  });
  void Promise.all([loadClinic(), hydrated]).then(([clinic]) => clinic && root.render(element(clinic)));
}

// boot.js found a browser too old for this app (README): it shows a note instead; stop here.
if (!document.documentElement.classList.contains('unsupported')) void start();
