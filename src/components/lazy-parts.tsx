// Parts of the page that appear only once something is judged: loaded then (from the service
// worker's cache after the first visit), not in the first load. Component tests swap these for the
// same components loaded at once (tests/setup.ts).
import { lazy, Suspense, type ComponentProps } from 'react';

const ResultsPart = lazy(() => import('./results/results').then((m) => ({ default: m.Results })));
const PrintPart = lazy(() => import('./take-away/print-summary').then((m) => ({ default: m.PrintSummary })));
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

const ClinicPart = lazy(() => import('./results/clinic-card').then((m) => ({ default: m.ClinicCard })));
const CountdownPart = lazy(() => import('../reception/idle-countdown').then((m) => ({ default: m.IdleCountdown })));
const UndoPart = lazy(() => import('../reception/undo-toast').then((m) => ({ default: m.UndoToast })));

/** Where to book, when the clinic is configured and a liver reason holds. */
export function LazyClinicCard(props: ComponentProps<typeof ClinicPart>) {
  return (
    <Suspense fallback={null}>
      <ClinicPart {...props} />
    </Suspense>
  );
}

/** The reception tablet's countdown before an idle page is cleared. */
export function LazyIdleCountdown(props: ComponentProps<typeof CountdownPart>) {
  return (
    <Suspense fallback={null}>
      <CountdownPart {...props} />
    </Suspense>
  );
}

/** Undo, for a few seconds after Next patient. */
export function LazyUndoToast(props: ComponentProps<typeof UndoPart>) {
  return (
    <Suspense fallback={null}>
      <UndoPart {...props} />
    </Suspense>
  );
}

const EarlierPart = lazy(() => import('./form/earlier-columns').then((m) => ({ default: m.EarlierColumns })));

/** The 前回 and 前々回 columns, once the section is opened. */
export function LazyEarlierColumns(props: ComponentProps<typeof EarlierPart>) {
  return (
    <Suspense fallback={null}>
      <EarlierPart {...props} />
    </Suspense>
  );
}
