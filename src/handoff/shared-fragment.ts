import { useCallback, useState } from 'react';
import type { DecodeResult } from './payload';

/** What the page was opened with: a decoded shared result, why one could not be read, or nothing. */
export type SharedFragment = DecodeResult | null;

interface Where {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

let taken: Promise<SharedFragment> | undefined;

/**
 * Reads `location.hash` once per page load. A "#r=…" fragment is removed from the address bar
 * at once with history.replaceState (no new history entry), so a reload or a bookmark does not
 * bring the values back, and then decoded: the decoder is loaded only when there is one, so
 * it costs the first load nothing. Other hashes are left alone (null). Later calls give the
 * same answer without touching the URL again, until forgetSharedFragment(). Without a window
 * (prerender) it answers null and remembers nothing.
 *
 * Await it in main.tsx before the first render: the prerendered page is the empty form, so a
 * page opened with a fragment (answer not null) must be rendered, not hydrated.
 */
export function takeSharedFragment(where: Where | null = typeof window === 'undefined' ? null : window): Promise<SharedFragment> {
  if (taken) return taken;
  if (!where) return Promise.resolve(null);
  const { hash, pathname, search } = where.location;
  if (!/^#?r=/.test(hash)) {
    taken = Promise.resolve(null);
  } else {
    where.history.replaceState(where.history.state, '', pathname + search);
    taken = import('./payload').then(
      ({ decodeFragment }) => decodeFragment(hash),
      // The decoder could not be loaded (offline before the first visit finished caching).
      (): SharedFragment => ({ ok: false, reason: 'malformed' }),
    );
  }
  return taken;
}

/** After Clear, Next patient or an idle clear: nothing is filled again from the link. */
export function forgetSharedFragment(): void {
  taken = Promise.resolve(null);
}

/** Tests only: the next takeSharedFragment() reads the URL again. */
export function resetSharedFragment(): void {
  taken = undefined;
}

/**
 * The shared result the page was opened with (what takeSharedFragment() gave), and a function
 * that forgets it: for SharedNotice's Clear, Next patient and the idle clear. Use it in a
 * component that outlives the patient session (App) and pass `shared.result` to the session
 * as its starting values.
 */
export function useSharedFragment(initial: SharedFragment): [SharedFragment, () => void] {
  const [shared, setShared] = useState<SharedFragment>(initial);
  const dismiss = useCallback(() => {
    forgetSharedFragment();
    setShared(null);
  }, []);
  return [shared, dismiss];
}
