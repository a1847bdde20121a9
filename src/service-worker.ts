/**
 * Registers the service worker that vite-plugin-pwa generates (it precaches the app for offline use).
 * A new version waits: `onUpdateWaiting` receives a function that applies it (the page reloads).
 * Written by hand rather than through workbox-window to keep 2 KB out of the first load.
 */
export function registerServiceWorker(onUpdateWaiting: (apply: () => void) => void): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // After the page's own loads; boot.js starts the app late, often after `load` has fired.
  const register = () =>
    navigator.serviceWorker.register('/sw.js').then((registration: ServiceWorkerRegistration | undefined) => {
      if (!registration) return; // service workers blocked (some managed browsers, test set-ups)
      let applying = false;
      const offer = (worker: ServiceWorker) =>
        onUpdateWaiting(() => {
          applying = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        });
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (applying) window.location.reload();
      });
      // Only an update waits: on the very first visit there is no controller yet.
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      const watch = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      // A new version may already be installing when the page registers: its updatefound has passed.
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    }, () => {
      // No service worker (private mode, file://): the app works, just not offline.
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
