import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { decodeFragment, encodeFragment, type SharedResult } from '../src/handoff/payload';
import { renderApp } from './render-app';

const box = (name: string | RegExp) => screen.getByRole('textbox', { name });
const sheet = () => document.querySelector<HTMLElement>('.print-summary');

describe('the shared link and the printed QR code', () => {

  it('the print sheet carries the QR code of the same link as "Show on my phone", earlier dates included; Print waits for it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp();
    await user.type(box(/^ALT \(GPT\)$/), '45');
    await user.type(box(/^Age/), '60');
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    await user.type(box('ALT (GPT), previous checkup'), '38');
    await user.type(box(/^Year and month of the previous checkup/), '2024-06');

    await waitFor(() => expect(sheet()?.querySelector('svg.print-qr-code')).not.toBeNull());
    expect(sheet()).toHaveTextContent('Scan to open this result on your phone. The values are in the link only.');
    // The earlier column's heading carries its checkup's month.
    expect(sheet()?.querySelector('thead')).toHaveTextContent('(Jun 2024)');

    await user.click(screen.getByRole('button', { name: 'Show on my phone' }));
    const dialog = await screen.findByRole('dialog');
    const link = within(dialog).getByText(/^http/).textContent ?? '';
    const shared = decodeFragment(new URL(link).hash);
    expect(shared.ok && shared.result.earlier).toEqual([{ alt: 38, age: expect.any(Number) as number, date: { year: 2024, month: 6 } }]);
    // The same link gives the same code, module for module.
    const printed = sheet()?.querySelector('svg.print-qr-code path')?.getAttribute('d');
    expect(printed).toBeTruthy();
    expect(printed).toBe(dialog.querySelector('svg.handoff-qr path')?.getAttribute('d'));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'Print / save as PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  }, 30_000);

  it('a link with dates fills the date fields', async () => {
    const result: SharedResult = { lang: 'en', today: { alt: 45, age: 60 }, earlier: [{ alt: 38, date: { year: 2024, month: 6 } }, { alt: 30 }] };
    await renderApp('en', { shared: decodeFragment(encodeFragment(result)) });
    expect(await screen.findByRole('textbox', { name: /^Year and month of the previous checkup/ })).toHaveValue('2024-06');
    expect(box(/^Year and month of the checkup before that/)).toHaveValue('');
    expect(box('ALT (GPT), checkup before that')).toHaveValue('30');
  });

  it('a link made before dates (version 1) fills the earlier values, the dates left empty', async () => {
    const link = encodeFragment({ lang: 'en', today: { alt: 45, age: 60 }, earlier: [{ alt: 38 }] });
    expect(link.startsWith('#r=1')).toBe(true);
    await renderApp('en', { shared: decodeFragment(link) });
    expect(await screen.findByRole('textbox', { name: 'ALT (GPT), previous checkup' })).toHaveValue('38');
    expect(box(/^Year and month of the previous checkup/)).toHaveValue('');
  });
});
