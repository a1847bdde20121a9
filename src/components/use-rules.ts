import { useEffect, useState } from 'react';
import type { interpret } from '../rules/interpret';

type Interpret = typeof interpret;

let loaded: Interpret | undefined;
let loading: Promise<Interpret> | undefined;

/** Loads the clinical rules once; a failed load (offline before they were cached) is tried again next time. */
function loadRules(): Promise<Interpret> {
  loading ??= import('../rules/interpret').then(
    (m) => (loaded = m.interpret),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * interpret(), once loaded. The rules come with the first thing typed or chosen (`needed`), not
 * with the page: the first paint needs none of them, and a value is judged only when complete,
 * by which time they are here (from the service worker's cache after the first visit).
 */
export function useRules(needed: boolean): Interpret | undefined {
  const [rules, setRules] = useState<Interpret | undefined>(() => loaded);
  useEffect(() => {
    if (rules || !needed) return;
    let live = true;
    loadRules().then(
      (fn) => live && setRules(() => fn),
      () => undefined, // stays without a result; the next change tries again
    );
    return () => {
      live = false;
    };
  }, [rules, needed]);
  return rules;
}
