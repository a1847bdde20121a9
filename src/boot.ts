import { detectLang } from './i18n/detect-lang';

// Built as a small classic script that <head> loads before the body is drawn (CSP allows no
// inline script). Setting <html lang> makes the stylesheet show the prerendered page of that
// language and hide the other, so the first paint is already in the right language.
document.documentElement.lang = detectLang();
document.documentElement.dataset.langDetected = 'true';
