// Parts of the page that appear only once something is judged or opened: loaded then, not in the
// first load. Component tests swap these for the same components loaded at once (tests/setup.ts).
import { lazyPart } from './lazy-part';

/** The detail cards, what the values say together, and the general advice. */
export const LazyResults = lazyPart(() => import('./results/results').then((m) => m.Results));

/** The one-page take-away, hidden on screen and printed alone. Rendered whenever there is a result, so that it is ready when printing starts. */
export const LazyPrintSummary = lazyPart(() => import('./take-away/print-summary').then((m) => m.PrintSummary));

/** Print, show on my phone, share, read aloud. */
export const LazyTakeAwayActions = lazyPart(() => import('./take-away/take-away-actions').then((m) => m.TakeAwayActions));

/** Where to book, when the clinic is configured and a liver reason holds. */
export const LazyClinicCard = lazyPart(() => import('./results/clinic-card').then((m) => m.ClinicCard));

/** The reception tablet's countdown before an idle page is cleared. */
export const LazyIdleCountdown = lazyPart(() => import('../reception/idle-countdown').then((m) => m.IdleCountdown));

/** Undo, for a few seconds after Next patient. */
export const LazyUndoToast = lazyPart(() => import('../reception/undo-toast').then((m) => m.UndoToast));

/** The 前回 and 前々回 columns, once the section is opened. */
export const LazyEarlierColumns = lazyPart(() => import('./form/earlier-columns').then((m) => m.EarlierColumns));
