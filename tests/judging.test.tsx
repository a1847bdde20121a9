import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const summary = () => screen.getByRole('region', { name: /summary|まとめ/i });
const box = (name: RegExp) => screen.getByRole('textbox', { name });
// A pause while the app's own timers run (a box tells the form of its text just after a paint).
const pause = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

describe('a value is judged when it is complete', () => {
  it('never judges the first digits of a value on a pause: "2" on the way to 23.5 platelets waits', async () => {
    const { rawUser } = await renderApp();
    await rawUser.type(box(/^Platelets$/), '2');
    await pause(1600);
    expect(summary()).toHaveClass('summary-empty');
    expect(box(/^Platelets$/)).not.toHaveAttribute('aria-invalid');
    await rawUser.type(box(/^Platelets$/), '3.5');
    await waitFor(() => expect(summary()).toHaveClass('urgency-ok'), { timeout: 3000 });
  });

  it('judges a value that looks complete after a pause, and any value when the field is left', async () => {
    const { rawUser } = await renderApp();
    await rawUser.type(box(/^ALT/), '45');
    await waitFor(() => expect(summary()).toHaveClass('urgency-consult'), { timeout: 3000 });
    await rawUser.type(box(/^Age/), '6');
    await pause(1600);
    expect(box(/^Age/)).not.toHaveAttribute('aria-invalid');
    await rawUser.tab();
    expect(box(/^Age/)).toHaveAttribute('aria-invalid', 'true');
  });
});
