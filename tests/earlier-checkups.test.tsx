import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

const summary = () => screen.getByRole('region', { name: /summary|まとめ/i });
const box = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('earlier checkups and the context lines', () => {
  it('reads the previous column and the row unit, and ALT above 30 twice asks for a detailed examination', async () => {
    const { user } = await renderApp();
    await user.type(box(/^ALT \(GPT\)$/), '38');
    expect(summary()).toHaveClass('urgency-consult');
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    await user.type(box('ALT (GPT), previous checkup'), '42');
    expect(summary()).toHaveClass('urgency-examine');
    // One unit choice per row serves every column: 235 ×10³/µL is 23.5 ×10⁴/µL.
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit of Platelets/ }), 'e3PerUl');
    await user.type(box('Platelets, previous checkup'), '235');
    expect(box('Platelets, previous checkup')).not.toHaveAttribute('aria-invalid');
    await user.type(box('AST (GOT), checkup before that'), 'abc');
    expect(box('AST (GOT), checkup before that')).toHaveAttribute('aria-invalid', 'true');
    expect(box('AST (GOT), checkup before that')).toHaveValue('abc');
    // The summary names it among the values not included, and its link leads to the box.
    await user.click(within(summary()).getByRole('link', { name: 'AST (GOT), checkup before that' }));
    expect(box('AST (GOT), checkup before that')).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /Year and month of the previous checkup/ }), '2099-01');
    expect(within(summary()).getByRole('link', { name: 'Year and month of the previous checkup' })).toBeInTheDocument();
  }, 20_000);

  it('draws each value over the checkups with a text equivalent, and FIB-4 per checkup', async () => {
    const { user } = await renderApp();
    for (const [name, value] of [[/^AST \(GOT\)$/, '40'], [/^ALT \(GPT\)$/, '38'], [/^Platelets$/, '18'], [/^Age/, '60']] as const) {
      await user.type(box(name), value);
    }
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    await user.type(box('ALT (GPT), previous checkup'), '42');
    await user.type(box('AST (GOT), previous checkup'), '38');
    await user.type(box('Platelets, previous checkup'), '19');
    await user.type(box('ALT (GPT), checkup before that'), '25');
    const card = await screen.findByRole('article', { name: /ALT/ });
    expect(
      within(card).getByRole('img', {
        name: /ALT \(GPT\) over your checkups: checkup before that 25 U\/L \(grade A\), then previous checkup 42 U\/L \(grade C\), then this checkup 38 U\/L \(grade B\)\. The change since the previous checkup is within normal variation between tests\./,
      }),
    ).toBeInTheDocument();
    expect(within(card).queryByText(/better|worse/i)).not.toBeInTheDocument();
    const fib4 = screen.getByRole('table', { name: 'FIB-4 at each checkup' });
    expect(within(fib4).getByRole('rowheader', { name: 'previous checkup' })).toBeInTheDocument();
    expect(within(fib4).getByRole('rowheader', { name: 'this checkup' })).toBeInTheDocument();
  }, 60_000);

  it('says how the age at an earlier checkup was worked out', async () => {
    const { user } = await renderApp();
    await user.type(box(/^Age/), '66');
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    await user.type(box('ALT (GPT), previous checkup'), '25');
    expect(screen.getByText(/Age at that checkup: 65 \(your age now minus 1 year, as if checkups are yearly/)).toBeInTheDocument();
    const now = new Date();
    await user.type(box(/^Year and month of the previous checkup/), `${now.getFullYear() - 3}-${now.getMonth() + 1}`);
    expect(screen.getByText(/Age at that checkup: 63 \(your age now minus 3 years, from the date\)/)).toBeInTheDocument();
  }, 20_000);

  it('a positive HBs antigen with a normal ALT sends to a liver specialist', async () => {
    const { user } = await renderApp();
    await user.type(box(/^ALT \(GPT\)$/), '25');
    const hbs = screen.getByRole('group', { name: 'HBs antigen' });
    expect(within(hbs).getByRole('radio', { name: "Not tested / don't know" })).toBeChecked();
    await user.click(within(hbs).getByRole('radio', { name: 'Positive' }));
    expect(summary()).toHaveClass('urgency-specialist');
  }, 20_000);

  it('in Japanese, names the earlier fields as reports do', async () => {
    const { user } = await renderApp('ja');
    await user.click(screen.getByRole('button', { name: '前回・前々回の結果を追加' }));
    expect(box('ALT(GPT) 前回')).toBeInTheDocument();
    expect(box('ALT(GPT) 前々回')).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: '腹部超音波（肝臓）' })).getByRole('radio', { name: '脂肪肝' }));
    expect(summary()).toHaveClass('urgency-watch');
  }, 20_000);

  it('Next patient clears every column and choice', async () => {
    const { user } = await renderApp('en', { settings: { mode: 'reception', idleSeconds: 120 } });
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    await user.type(box('ALT (GPT), previous checkup'), '42');
    await user.click(within(screen.getByRole('group', { name: 'HCV antibody' })).getByRole('radio', { name: 'Positive' }));
    await user.click(screen.getByRole('button', { name: /Next patient/ }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'ALT (GPT), previous checkup' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Add earlier results' }));
    expect(box('ALT (GPT), previous checkup')).toHaveValue('');
    expect(within(screen.getByRole('group', { name: 'HCV antibody' })).getByRole('radio', { name: "Not tested / don't know" })).toBeChecked();
  }, 20_000);
});

describe('on a tablet: the earlier checkups as columns beside today\'s', () => {
  const wide = (matches: boolean) =>
    vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
  afterEach(() => vi.unstubAllGlobals());

  it('shows every column at once, one unit per row, messages named by their column, and the age per checkup', async () => {
    wide(true);
    const { user } = await renderApp();
    expect(screen.queryByRole('button', { name: 'Add earlier results' })).not.toBeInTheDocument();
    // The table's pieces load when first shown.
    await screen.findByRole('textbox', { name: 'ALT (GPT), previous checkup' });
    expect(screen.getByRole('form', { name: /values/i })).toHaveClass('table');
    await user.type(box(/^Age/), '60');
    await user.type(box(/^ALT \(GPT\)$/), '38');
    await user.type(box('ALT (GPT), previous checkup'), '42');
    expect(summary()).toHaveClass('urgency-examine');
    // The row's unit serves the row: 235 in ×10³/µL is fine in every column.
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit of Platelets/ }), 'e3PerUl');
    await user.type(box('Platelets, checkup before that'), '235');
    expect(box('Platelets, checkup before that')).not.toHaveAttribute('aria-invalid');
    // A refused value says which column it is in, tied to its box.
    await user.type(box('AST (GOT), previous checkup'), 'abc');
    const ast = box('AST (GOT), previous checkup');
    expect(ast).toHaveAttribute('aria-invalid', 'true');
    expect(ast).toHaveValue('abc');
    const message = document.getElementById(ast.getAttribute('aria-describedby') ?? '');
    expect(message).toHaveTextContent(/^✕Previous.*one number only/);
    await user.type(screen.getByRole('textbox', { name: 'Year and month of the previous checkup' }), '2024-06');
    expect(screen.getByText(/Age at that checkup: \d+ \(your age now minus \d+ years?, from the date\)/)).toBeInTheDocument();
  }, 20_000);

  it('values typed in the table are in view on a phone too (a tablet turned to portrait phone width)', async () => {
    let matches = true;
    const listeners = new Set<() => void>();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return matches;
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }));
    const { user } = await renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'ALT (GPT), previous checkup' }), '42');
    matches = false;
    act(() => listeners.forEach((listener) => listener()));
    expect(screen.getByRole('button', { name: 'Add earlier results' })).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('textbox', { name: 'ALT (GPT), previous checkup' })).toHaveValue('42');
  }, 20_000);
});
