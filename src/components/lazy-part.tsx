import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component loaded when first rendered instead of in the first load: it renders nothing until
 * its chunk is there (a moment, from the service worker's cache after the first visit).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}
