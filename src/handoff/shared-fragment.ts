import { useCallback, useState } from 'react';
import { decodeFragment, isSharedFragment, type DecodeResult } from './payload';

/** What the page was opened with: a decoded shared result, why one could not be read, or nothing. */
export type SharedFragment = DecodeResult | null;

interface Where {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

let taken: { value: SharedFragment } | undefined;

/**
 * Reads `location.hash` once per page load: a "#r=…" fragment is decoded and removed from the
 * address bar with history.replaceState (no new history entry), so a reload or a bookmark does
 * not bring the values back. Other hashes are left alone (result null). Later calls return the
 * same answer without touching the URL again (StrictMode renders twice), until
 * forgetSharedFragment(). Without a window (prerender) it answers null and remembers nothing.
 *
 * Call it before hydrating: the prerendered page is the empty form, so a page opened with a
 * fragment must be rendered, not hydrated (as reception mode is).
 */
export function takeSharedFragment(where: Where | undefined = typeof window === 'undefined' ? undefined : window): SharedFragment {
  if (taken) return taken.value;
  if (!where) return null;
  let value: SharedFragment = null;
  const { hash, pathname, search } = where.location;
  if (isSharedFragment(hash)) {
    value = decodeFragment(hash);
    where.history.replaceState(where.history.state, '', pathname + search);
  }
  taken = { value };
  return value;
}

/** After Clear, Next patient or an idle clear: a new session must not be filled again. */
export function forgetSharedFragment(): void {
  taken = { value: null };
}

/** Tests only: the next takeSharedFragment() reads the URL again. */
export function resetSharedFragment(): void {
  taken = undefined;
}

/**
 * The shared result this page was opened with, and a function that forgets it (for the Clear
 * of SharedNotice, Next patient and idle clear). Use it in a component that outlives the
 * patient session (App), and pass the result down as the session's starting values.
 */
export function useSharedFragment(): [SharedFragment, () => void] {
  const [shared, setShared] = useState<SharedFragment>(() => takeSharedFragment());
  const dismiss = useCallback(() => {
    forgetSharedFragment();
    setShared(null);
  }, []);
  return [shared, dismiss];
}
