// A test page for e2e/handoff.spec.ts: the src/handoff and src/read-aloud pieces wired the way
// the app is meant to wire them, built by the spec and served under /__handoff/{en,ja}/ with the
// app's Content-Security-Policy. Not part of the app's build.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ShareButton, SharedNotice, ShowOnPhoneButton, takeSharedFragment, useSharedFragment, type SharedFragment, type SharedResult } from '../../src/handoff';
import { bundledLocale } from '../../src/i18n/bundled-locales';
import { createI18n } from '../../src/i18n/create-i18n';
import { ReadAloudButton } from '../../src/read-aloud';
import '../../src/styles.css';

const lang = window.location.pathname.includes('/ja/') ? 'ja' : 'en';

/** What "Show on my phone" hands over when the page was not opened from a link. */
const TYPED: SharedResult = {
  lang,
  today: { ast: 150, alt: 120, ggt: 180, albumin: 4.3, platelets: 23.5, age: 52 },
  earlier: [{ ast: 60, alt: 80, age: 51 }],
  hbsAg: 'negative',
  ultrasound: 'fattyLiver',
};

function Harness({ initial }: { initial: SharedFragment }) {
  const [shared, dismiss] = useSharedFragment(initial);
  const filled = shared?.ok ? shared.result : null;
  return (
    <main>
      <h1>Handoff</h1>
      {shared && <SharedNotice shared={shared} onClear={dismiss} />}
      <p data-testid="values">{filled ? JSON.stringify(filled) : 'empty'}</p>
      <ShowOnPhoneButton result={filled ?? TYPED} />
      <ShareButton text="Summary" />
      <ReadAloudButton texts={['Summary']} lang={lang} />
    </main>
  );
}

// As main.tsx would: the fragment first, then the first render (rendered, not hydrated).
const shared = await takeSharedFragment();
const i18n = await createI18n({ lng: lang, load: bundledLocale });
document.documentElement.lang = lang;
const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Harness initial={shared} />
    </I18nextProvider>
  </StrictMode>,
);
document.documentElement.dataset.ready = 'true';
