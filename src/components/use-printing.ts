import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The print summary is rendered only then, so that it
 * costs nothing while someone types. beforeprint (Ctrl+P, window.print) commits synchronously,
 * before the browser lays the page out for print; the print media query covers the rest.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined; // absent in jsdom
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const change = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
