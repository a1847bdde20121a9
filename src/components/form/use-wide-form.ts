import { useSyncExternalStore } from 'react';

/**
 * Tablets and desktop (600 CSS px and wider): the earlier checkups stand as columns beside today's
 * values, as reports print them. Phones keep one column, with the earlier ones in a section below.
 * The style sheet uses the same width: the prerendered page already has the table's shape, and the
 * earlier boxes arrive after hydration.
 */
export const WIDE_FORM_QUERY = '(min-width: 600px)';

// One list, asked on every render (a new matchMedia() each time costs more than the answer).
let cached: { matchMedia: Window['matchMedia']; list: MediaQueryList } | undefined;
function mediaQuery(): MediaQueryList | undefined {
  if (typeof window === 'undefined' || !window.matchMedia) return undefined;
  if (cached?.matchMedia !== window.matchMedia) cached = { matchMedia: window.matchMedia, list: window.matchMedia(WIDE_FORM_QUERY) };
  return cached.list;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQuery();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const wide = () => mediaQuery()?.matches ?? false;

export function useWideForm(): boolean {
  return useSyncExternalStore(subscribe, wide, () => false);
}
