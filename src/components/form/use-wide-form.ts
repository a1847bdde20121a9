import { useSyncExternalStore } from 'react';

/**
 * Tablets and desktop (600 CSS px and wider): the earlier checkups stand as columns beside today's
 * values, as reports print them. Phones keep one column, with the earlier ones in a section below.
 * The prerendered page is the phone's; a wide screen switches after hydration.
 */
export const WIDE_FORM_QUERY = '(min-width: 600px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(WIDE_FORM_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const wide = () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(WIDE_FORM_QUERY).matches;

export function useWideForm(): boolean {
  return useSyncExternalStore(subscribe, wide, () => false);
}
