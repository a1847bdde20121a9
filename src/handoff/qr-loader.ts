// The QR encoder (qr-code.ts with uqr, ~4.5 KB gzip) is a chunk of its own, loaded on first use:
// "Show on my phone", the app's Print button, or the print sheet once it has values. One load
// for all of them; components that draw a code re-render when it arrives.
import { useSyncExternalStore } from 'react';
import type * as QrCode from './qr-code';

type QrModule = typeof QrCode;

let loaded: QrModule | undefined;
let loading: Promise<QrModule> | undefined;
const listeners = new Set<() => void>();

/** Loads the encoder once. A failed load (offline before it was cached) is tried again next time. */
export function loadQrCode(): Promise<QrModule> {
  loading ??= import('./qr-code').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const current = () => loaded;
const onServer = () => undefined;

/** The encoder once loaded, else undefined (it does not start the load: call loadQrCode()). */
export function useQrCode(): QrModule | undefined {
  return useSyncExternalStore(subscribe, current, onServer);
}
