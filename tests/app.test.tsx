import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const summary = () => screen.getByRole('region', { name: /summary|まとめ/i });

describe('the interpreter app', () => {
  it('claims nothing about health while nothing is entered', async () => {
    await renderApp();
    expect(within(summary()).getByText(/Nothing about your health is judged/)).toBeInTheDocument();
    expect(screen.queryByText(/hepatologist/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/Grade [ABCD]/)).not.toBeInTheDocument();
  });

  it('explains a single value', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '45');
    const card = screen.getByRole('article', { name: /ALT/ });
    expect(within(card).getByText('45')).toBeInTheDocument();
    expect(within(card).getByText(/Grade C/)).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: /ALT/ })).toBeInTheDocument();
    expect(within(summary()).getByText(/physician/i)).toBeInTheDocument();
  });

  it('turns healthy values into the no-action summary', async () => {
    const { user } = await renderApp();
    await user.type(field(/AST/), '20');
    await user.type(field(/ALT/), '18');
    await user.type(field(/γ-GTP/), '25');
    await user.type(field(/Albumin/), '4.4');
    await user.type(field(/Platelets/), '24');
    await user.type(field(/Age/), '45');
    expect(within(summary()).getByText(/No action needed beyond your next checkup/i)).toBeInTheDocument();
    expect(screen.getByText(/FIB-4 index: 0\.\d\d/)).toBeInTheDocument();
  });

  it('shows the hepatologist step and the alcohol pattern for ALT 120, AST 150, γ-GTP 180', async () => {
    const { user } = await renderApp();
    await user.type(field(/AST/), '150');
    await user.type(field(/ALT/), '120');
    await user.type(field(/γ-GTP/), '180');
    expect(within(summary()).getByText(/hepatologist/i)).toBeInTheDocument();
    const combined = screen.getByRole('region', { name: /Taken together/ });
    expect(within(combined).getByText(/alcohol/i)).toBeInTheDocument();
  });

  it('marks invalid input, keeps the typed text and says it was left out', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '4o');
    const alt = field(/ALT/);
    expect(alt).toHaveValue('4o');
    expect(alt).toHaveAttribute('aria-invalid', 'true');
    expect(alt).toHaveAccessibleDescription(/one number only/);
    expect(within(summary()).getByText(/Not included until corrected: ALT/)).toBeInTheDocument();
  });

  it('reads full-width digits and decimal commas', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '１２０');
    await user.type(field(/Albumin/), '3,4');
    expect(field(/ALT/)).toHaveValue('１２０');
    expect(within(screen.getByRole('article', { name: /ALT/ })).getByText('120')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: /Albumin/ })).getByText('3.4')).toBeInTheDocument();
  });

  it('offers a one-tap fix for platelets typed in another unit', async () => {
    const { user } = await renderApp();
    await user.type(field(/Platelets/), '235');
    expect(field(/Platelets/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/Platelets/)).toHaveAccessibleDescription(/×10³\/µL/);
    await user.click(screen.getByRole('button', { name: /Use 23\.5/ }));
    expect(field(/Platelets/)).toHaveValue('23.5');
    expect(field(/Platelets/)).not.toHaveAttribute('aria-invalid');
    expect(within(screen.getByRole('article', { name: /Platelets/ })).getByText('23.5')).toBeInTheDocument();
  });

  it('can keep the typed number and switch the unit instead', async () => {
    const { user } = await renderApp();
    await user.type(field(/Platelets/), '235');
    await user.click(screen.getByRole('button', { name: /Keep 235/ }));
    expect(field(/Platelets/)).toHaveValue('235');
    expect(screen.getByRole('combobox', { name: /Unit of Platelets/ })).toHaveValue('e3PerUl');
    expect(within(screen.getByRole('article', { name: /Platelets/ })).getByText('23.5')).toBeInTheDocument();
  });

  it('keeps values and errors when the language changes, and sets <html lang>', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '650');
    await user.type(field(/AST/), 'abc');
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(await screen.findByRole('button', { name: '日本語', pressed: true })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ja');
    expect(field(/ALT/)).toHaveValue('650');
    expect(field(/AST/)).toHaveValue('abc');
    expect(field(/AST/)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/AST/)).toHaveAccessibleDescription(/数値を1つだけ/);
  });

  it('works in Japanese from the start', async () => {
    const { user } = await renderApp('ja');
    await user.type(field(/ALT/), '650');
    expect(within(summary()).getByText(/今日中に医療機関を受診してください/)).toBeInTheDocument();
    expect(field(/アルブミン/)).toBeInTheDocument();
    expect(field(/血小板/)).toBeInTheDocument();
    expect(field(/年齢/)).toBeInTheDocument();
  });
});
