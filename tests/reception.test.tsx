import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTDOWN_SECONDS, UNDO_SECONDS } from '../src/reception/settings';
import { renderApp } from './render-app';

const reception = { settings: { mode: 'reception' as const, idleSeconds: 30 } };
const field = (name: RegExp) => screen.getByRole('textbox', { name });
const allFields = () => screen.getAllByRole('textbox');

describe('reception mode', () => {
  afterEach(() => vi.useRealTimers());
  // Only the app's own timers are faked, after the real i18n instance has loaded. With fake timers
  // the tests type through fireEvent: Testing Library's async wrapper waits on a real setTimeout.
  const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

  it('"Next patient" clears every value, unit, message and result, and starts at the first field', async () => {
    const { user } = await renderApp('en', reception);
    await user.type(field(/ALT/), '120');
    await user.type(field(/AST/), 'abc');
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit of Platelets/ }), 'e3PerUl');
    await user.type(field(/Platelets/), '235');
    expect(screen.getByRole('article', { name: /ALT/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next patient' }));

    for (const input of allFields()) expect(input).toHaveValue('');
    expect(screen.getByRole('combobox', { name: /Unit of Platelets/ })).toHaveValue('e4PerUl');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText(/one number only/)).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing about your health is judged/)).toBeInTheDocument();
    expect(field(/AST/)).toHaveFocus();
  });

  it('counts down after the idle time and then clears; any key cancels', async () => {
    await renderApp('en', reception);
    fakeTimers();
    fireEvent.change(field(/ALT/), { target: { value: '45' } });

    act(() => vi.advanceTimersByTime(30_000));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(`${COUNTDOWN_SECONDS} seconds`);
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(`${COUNTDOWN_SECONDS - 3} seconds`);

    fireEvent.keyDown(field(/ALT/), { key: 'Shift' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(field(/ALT/)).toHaveValue('45');

    act(() => vi.advanceTimersByTime(30_000 + COUNTDOWN_SECONDS * 1000));
    expect(field(/ALT/)).toHaveValue('');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('offers Undo for a few seconds after Next patient, which brings back every value', async () => {
    const { user } = await renderApp('en', reception);
    await user.type(field(/ALT/), '62');
    await user.click(screen.getByRole('button', { name: 'Next patient' }));
    expect(field(/ALT/)).toHaveValue('');
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(field(/ALT/)).toHaveValue('62');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('takes Undo away after its few seconds, and never offers it after an idle clear', async () => {
    await renderApp('en', reception);
    fakeTimers();
    fireEvent.change(field(/ALT/), { target: { value: '62' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next patient' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 1000));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();

    fireEvent.change(field(/ALT/), { target: { value: '45' } });
    act(() => vi.advanceTimersByTime(30_000 + COUNTDOWN_SECONDS * 1000));
    expect(field(/ALT/)).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('offers no Undo when Next patient applies a new app version (the page reloads)', async () => {
    const onCleared = vi.fn(() => true);
    const { user } = await renderApp('en', { ...reception, onCleared });
    await user.type(field(/ALT/), '62');
    await user.click(screen.getByRole('button', { name: 'Next patient' }));
    expect(onCleared).toHaveBeenCalledOnce();
    expect(field(/ALT/)).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('brings back the desk language on every clear', async () => {
    const { user, i18n } = await renderApp('ja', reception);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(i18n.language).toBe('en'));
    await user.type(field(/ALT/), '45');
    await user.click(screen.getByRole('button', { name: 'Next patient' }));
    await waitFor(() => expect(i18n.language).toBe('ja'));
    expect(await screen.findByRole('button', { name: '次の方へ' })).toBeInTheDocument();
  });

  it('never counts down on an empty page', async () => {
    await renderApp('en', reception);
    fakeTimers();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('has no "Next patient" button and no idle clear in personal mode', async () => {
    await renderApp('en', {});
    fakeTimers();
    expect(screen.queryByRole('button', { name: 'Next patient' })).not.toBeInTheDocument();
    fireEvent.change(field(/ALT/), { target: { value: '45' } });
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(field(/ALT/)).toHaveValue('45');
  });

  it('is called 次の方へ in Japanese', async () => {
    await renderApp('ja', reception);
    expect(screen.getByRole('button', { name: '次の方へ' })).toBeInTheDocument();
  });
});

describe('example reports', () => {
  const openExamples = async (user: Awaited<ReturnType<typeof renderApp>>['user']) =>
    user.click(screen.getByText('Examples (for explanation)'));
  const summary = () => screen.getByRole('region', { name: 'Summary' });

  it('are tucked away at the end of the page on a patient’s own device', async () => {
    await renderApp();
    expect(screen.queryByRole('button', { name: 'Acute hepatitis range' })).not.toBeVisible();
  });

  it('fill the form in one tap, marked as examples beside the fields and in the summary', async () => {
    const { user } = await renderApp();
    await openExamples(user);
    await user.click(screen.getByRole('button', { name: 'Acute hepatitis range' }));
    expect(field(/ALT/)).toHaveValue('1250');
    expect(field(/Age/)).toHaveValue('38');
    expect(screen.getByRole('note')).toHaveTextContent(/example values .*Acute hepatitis range/i);
    expect(within(summary()).getByText(/Example values: “Acute hepatitis range”/)).toBeInTheDocument();
    expect(summary()).toHaveClass('urgency-emergency');
  });

  it.each([
    ['Healthy', 'ok'],
    ['Fatty-liver pattern', 'examine'],
    ['Alcohol pattern', 'specialist'], // FIB-4 4.80 at 58
    ['AST raised after hard exercise', 'consult'],
    ['Signs of advanced fibrosis (age 68)', 'specialist'],
    ['ALT above 30 at two checkups', 'examine'],
    ['Hepatitis B test positive, ALT normal', 'specialist'],
    ['Fatty liver on ultrasound, platelets 18', 'specialist'],
  ])('%s shows the level it is named for (%s)', async (name, level) => {
    const { user } = await renderApp();
    await openExamples(user);
    await user.click(screen.getByRole('button', { name }));
    expect(summary()).toHaveClass(`urgency-${level}`);
  });

  it('clear as a whole at the first key: the typed number stands alone, nothing of the example remains', async () => {
    const { user } = await renderApp('en', reception);
    await user.click(screen.getByRole('button', { name: 'Fatty-liver pattern' }));
    expect(field(/AST/)).toHaveValue('38');
    await user.type(field(/AST/), '48');
    expect(field(/AST/)).toHaveValue('48');
    expect(field(/ALT/)).toHaveValue('');
    expect(field(/Age/)).toHaveValue('');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText(/Example values/)).not.toBeInTheDocument();
    expect(summary()).toHaveClass('urgency-consult'); // AST 48 alone: grade C
  });

  it('ask before replacing values the person typed, and keep them on "Keep my values"', async () => {
    const { user } = await renderApp();
    await user.type(field(/ALT/), '62');
    await openExamples(user);
    await user.click(screen.getByRole('button', { name: 'Healthy' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(/Replace what you typed/);
    await user.click(screen.getByRole('button', { name: 'Keep my values' }));
    expect(field(/ALT/)).toHaveValue('62');
    await user.click(screen.getByRole('button', { name: 'Healthy' }));
    await user.click(screen.getByRole('button', { name: 'Replace with the example' }));
    expect(field(/ALT/)).toHaveValue('17');
  });
});
