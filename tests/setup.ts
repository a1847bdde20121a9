import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no modal dialogs: open and close them by the attribute, as a browser would (not in
// the rules' tests, which run in plain Node).
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// A console.error (React warnings, failed prop types, act() issues) fails the test.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(`console.error was called:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});

// The take-away controls are code-split for the first load (a bundling concern the browser tests
// and the budget check cover). Here they are the same components, loaded at once, so that no
// lazy chunk resolves outside act().
vi.mock('../src/handoff/lazy', async () => {
  const [{ ShowOnPhoneButton }, { ShareButton }, { ReadAloudButton }] = await Promise.all([
    import('../src/handoff/show-on-phone-button'),
    import('../src/handoff/share-button'),
    import('../src/read-aloud/read-aloud-button'),
  ]);
  return { LazyShowOnPhoneButton: ShowOnPhoneButton, LazyShareButton: ShareButton, LazyReadAloudButton: ReadAloudButton };
});

// Likewise the parts loaded once something is judged.
vi.mock('../src/components/lazy-parts', async () => {
  const [{ Results }, { PrintSummary }, { TakeAwayActions }, { ClinicCard }, { IdleCountdown }, { UndoToast }, { EarlierColumns }] = await Promise.all([
    import('../src/components/results/results'),
    import('../src/components/take-away/print-summary'),
    import('../src/components/take-away/take-away-actions'),
    import('../src/components/results/clinic-card'),
    import('../src/reception/idle-countdown'),
    import('../src/reception/undo-toast'),
    import('../src/components/form/earlier-columns'),
  ]);
  return {
    LazyResults: Results,
    LazyPrintSummary: PrintSummary,
    LazyTakeAwayActions: TakeAwayActions,
    LazyClinicCard: ClinicCard,
    LazyIdleCountdown: IdleCountdown,
    LazyUndoToast: UndoToast,
    LazyEarlierColumns: EarlierColumns,
  };
});

// The rules load with the first thing typed; here they are there from the start.
vi.mock('../src/components/use-rules', async () => {
  const { interpret } = await import('../src/rules/interpret');
  return { useRules: () => interpret };
});

// The QR encoder, which the print sheet loads when it first appears: here it is there from the
// start, so that its arrival does not re-render the sheet outside act().
vi.mock('../src/handoff/qr-loader', async () => {
  const encoder = await import('../src/handoff/qr-code');
  return { loadQrCode: () => Promise.resolve(encoder), useQrCode: () => encoder };
});
