import { detectLang } from './i18n/detect-lang';

// Built as a small classic script that <head> loads before the body is drawn (CSP allows no
// inline script). Setting <html lang> makes the stylesheet show the prerendered page of that
// language and hide the other, so the first paint is already in the right language.
document.documentElement.lang = detectLang();
document.documentElement.dataset.langDetected = 'true';

// Browsers too old for the app (iOS/iPadOS 12–15.3 among them) get a note instead of a dead form
// (index.html, .nojs-note). The app's script is an ES module (ES2022, built for Safari 15+)
// and uses ES2022 built-ins: Array#at and Object.hasOwn stand for them (Safari 15.4, Chrome 93,
// Firefox 92). README lists the browsers that work.
const supported =
  'noModule' in HTMLScriptElement.prototype &&
  typeof ([] as unknown as { at?: unknown }).at === 'function' &&
  typeof (Object as { hasOwn?: unknown }).hasOwn === 'function';
if (!supported) document.documentElement.classList.add('unsupported');

// The app itself (index.html preloads it as #app-main): started once the page is parsed and has
// been drawn, so the first paint never waits for the script to be evaluated.
let started = false;
const startApp = () => {
  const main = document.getElementById('app-main');
  if (started || !supported || !(main instanceof HTMLLinkElement)) return;
  started = true;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = main.href;
  document.head.append(script);
};
// After the next frame (drawn), or a moment later where frames are paused (a background tab).
const afterPaint = () => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startApp, 0)));
  setTimeout(startApp, 1000);
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
else afterPaint();
