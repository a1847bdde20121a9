import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app';
import { loadClinic, type Clinic } from './clinic/clinic-config';
import { createI18n, currentLang } from './i18n/create-i18n';
import { loadSettingsFromLocation } from './reception/settings';
import './styles.css';

const settings = loadSettingsFromLocation();

// A new version never interrupts someone typing: it is applied at once only if nothing was
// typed yet, otherwise at the next clear (or the next load).
let typed = false;
let updateWaiting = false;
document.addEventListener('input', () => (typed = true), { capture: true, once: true });
const updateSW = registerSW({
  onNeedRefresh() {
    if (typed) updateWaiting = true;
    else void updateSW(true);
  },
});
const onCleared = () => {
  if (updateWaiting) void updateSW(true);
};

const i18n = await createI18n();
const lang = currentLang(i18n);

const element = (clinic: Clinic | undefined) => (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App settings={settings} clinic={clinic} onCleared={onCleared} />
    </I18nextProvider>
  </StrictMode>
);

// The build prerendered the page in both languages (scripts/prerender.mjs). Keep the one in this
// language and hydrate it; the page was prerendered in personal mode, so reception mode renders anew.
let root: Root;
const prerendered = document.querySelector<HTMLElement>(`.prerendered[data-lang="${lang}"]`);
if (prerendered && settings.mode === 'personal') {
  for (const other of document.querySelectorAll('.prerendered')) if (other !== prerendered) other.remove();
  prerendered.classList.remove('prerendered');
  root = hydrateRoot(prerendered, element(undefined));
} else {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  for (const other of document.querySelectorAll('.prerendered')) if (other !== container) other.remove();
  container.replaceChildren();
  container.classList.remove('prerendered');
  root = createRoot(container);
  root.render(element(undefined));
}

void loadClinic().then((clinic) => clinic && root.render(element(clinic)));
