// The same controls, loaded when first rendered instead of in the first load (about 2 KB gzip
// less there). For the results area, which appears only once something is typed; props and
// ref are passed through. Renders nothing until loaded (a moment, from the service worker cache).
import { lazy, Suspense, type ComponentProps } from 'react';

const ShowOnPhone = lazy(() => import('./show-on-phone-button').then((m) => ({ default: m.ShowOnPhoneButton })));
const Share = lazy(() => import('./share-button').then((m) => ({ default: m.ShareButton })));
const ReadAloud = lazy(() => import('../read-aloud/read-aloud-button').then((m) => ({ default: m.ReadAloudButton })));

export function LazyShowOnPhoneButton(props: ComponentProps<typeof ShowOnPhone>) {
  return (
    <Suspense fallback={null}>
      <ShowOnPhone {...props} />
    </Suspense>
  );
}

export function LazyShareButton(props: ComponentProps<typeof Share>) {
  return (
    <Suspense fallback={null}>
      <Share {...props} />
    </Suspense>
  );
}

export function LazyReadAloudButton(props: ComponentProps<typeof ReadAloud>) {
  return (
    <Suspense fallback={null}>
      <ReadAloud {...props} />
    </Suspense>
  );
}
