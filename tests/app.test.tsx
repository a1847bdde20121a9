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
    expect(within(summary()).getByText(/family doctor within about a month/i)).toBeInTheDocument();
    expect(within(summary()).getByText(/may send you on to a liver specialist \(hepatologist\)/)).toBeInTheDocument();
    expect(screen.queryByText(/physician/i)).not.toBeInTheDocument();
  });

  it('turns healthy values into the no-action summary', async () => {
    const { user } = await renderApp();
    await user.type(field(/AST/), '20');
    await user.type(field(/ALT/), '18');
    await user.type(field(/γ-GTP/), '25');
    await user.type(field(/Albumin/), '4.4');
    await user.type(field(/Platelets/), '24');
    await user.type(field(/Age/), '45');
    expect(within(summary()).getByText('No abnormality found.')).toBeInTheDocument();
    // Normal values are no guarantee: the one-time hepatitis B and C test, and the symptom line.
    expect(within(summary()).getByText(/not a promise that all is well.*blood test for hepatitis B and C/)).toBeInTheDocument();
    expect(within(summary()).getByText(/Go to a hospital today if you have yellow eyes or skin/)).toBeInTheDocument();
    expect(within(summary()).queryByText(/hepatologist/)).not.toBeInTheDocument();
    expect(await screen.findByText(/FIB-4 index: 0\.\d\d/)).toBeInTheDocument();
  });

  it('shows the symptom line first at the urgent and emergency levels, last otherwise', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '650');
    const first = within(summary()).getByText(/Go to a hospital today/).closest('p');
    expect(first?.compareDocumentPosition(within(summary()).getByText('Get medical care today.'))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await user.clear(field(/ALT/));
    await user.type(field(/ALT/), '45');
    const last = within(summary()).getByText(/Go to a hospital today/).closest('p');
    expect(last?.compareDocumentPosition(within(summary()).getByText('See a doctor or re-test.'))).toBe(Node.DOCUMENT_POSITION_PRECEDING);
  });

  it.each([
    ['albumin 3.5 alone', /Albumin/, '3.5'],
    ['platelets 45 alone', /Platelets/, '45'],
  ])('sends %s to the family doctor, never to a liver specialist', async (_name, name, value) => {
    const { user } = await renderApp();
    await user.type(field(name), value);
    expect(within(summary()).getByText(/family doctor within about a month/)).toBeInTheDocument();
    expect(screen.queryByText(/hepatologist|liver specialist/)).not.toBeInTheDocument();
  });

  it('gives high platelets their own causes, never the liver-scarring text', async () => {
    const { user } = await renderApp();
    await user.type(field(/Platelets/), '45');
    const card = screen.getByRole('article', { name: /Platelets/ });
    expect(within(card).getAllByText(/not a liver sign/).length).toBeGreaterThan(0);
    expect(within(card).queryByText(/scar/)).not.toBeInTheDocument();
  });

  it('does not show the alcohol pattern for AST 60 with ALT 25 (hard exercise)', async () => {
    const { user } = await renderApp();
    await user.type(field(/AST/), '60');
    await user.type(field(/ALT/), '25');
    const combined = screen.getByRole('region', { name: /Taken together/ });
    expect(within(combined).getByText(/AST \(60\) is raised, but ALT \(25\) is not/)).toBeInTheDocument();
    expect(within(combined).queryByText(/alcohol/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/hepatologist|liver specialist/)).not.toBeInTheDocument();
  });

  it('shows FIB-4 truncated with its formula behind a disclosure, and no band when it is unreliable', async () => {
    const { user } = await renderApp();
    await user.type(field(/AST/), '820');
    await user.type(field(/ALT/), '1250');
    await user.type(field(/Platelets/), '17');
    await user.type(field(/Age/), '38');
    expect(await screen.findByText(/FIB-4 index: \d+\.\d\d \(not reliable here\)/)).toBeInTheDocument();
    expect(screen.getByText('How it is worked out').closest('details')).not.toHaveAttribute('open');
    expect(within(screen.getByRole('region', { name: /Taken together/ })).getByText(/means nothing when the liver is hurt so suddenly/)).toBeInTheDocument();
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
    expect(within(summary()).getByText(/Not included until corrected/)).toBeInTheDocument();
    // The list links to the field, which gets the focus.
    await user.click(within(summary()).getByRole('link', { name: 'ALT (GPT)' }));
    expect(field(/ALT/)).toHaveFocus();
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
    expect(within(summary()).getByText('本日受診')).toBeInTheDocument();
    expect(within(summary()).getByText(/今日中に医療機関を受診してください/)).toBeInTheDocument();
    expect(within(summary()).getByText(/数値にかかわらず今日中に病院を受診してください/)).toBeInTheDocument();
    expect(field(/アルブミン/)).toBeInTheDocument();
    expect(field(/血小板/)).toBeInTheDocument();
    expect(field(/年齢/)).toBeInTheDocument();
  });
});
