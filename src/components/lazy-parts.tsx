// Parts of the page that appear only once something is judged: loaded then (from the service
// worker's cache after the first visit), not in the first load. Component tests swap these for the
// same components loaded at once (tests/setup.ts).
import { lazy, Suspense, type ComponentProps } from 'react';

const ResultsPart = lazy(() => import('./results').then((m) => ({ default: m.Results })));
const PrintPart = lazy(() => import('./print-summary').then((m) => ({ default: m.PrintSummary })));
const TakeAwayPart = lazy(() => import('./take-away/take-away-actions').then((m) => ({ default: m.TakeAwayActions })));

/** Print, show on my phone, share, read aloud. */
export function LazyTakeAwayActions(props: ComponentProps<typeof TakeAwayPart>) {
  return (
    <Suspense fallback={null}>
      <TakeAwayPart {...props} />
    </Suspense>
  );
}

/** The detail cards, what the values say together, and the general advice. */
export function LazyResults(props: ComponentProps<typeof ResultsPart>) {
  return (
    <Suspense fallback={null}>
      <ResultsPart {...props} />
    </Suspense>
  );
}

/** The one-page take-away, hidden on screen and printed alone. Rendered whenever there is a result, so that it is ready when printing starts. */
export function LazyPrintSummary(props: ComponentProps<typeof PrintPart>) {
  return (
    <Suspense fallback={null}>
      <PrintPart {...props} />
    </Suspense>
  );
}
