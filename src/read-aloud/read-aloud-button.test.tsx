import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../handoff/test-i18n';
import { ReadAloudButton } from './read-aloud-button';
import { pickLocalVoice, voiceSpeaks } from './voices';

type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default' | 'voiceURI'>;
const voice = (name: string, lang: string, localService: boolean, isDefault = false): Voice => ({
  name,
  lang,
  localService,
  default: isDefault,
  voiceURI: name,
});

class FakeUtterance {
  voice: Voice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

let voices: Voice[] = [];
let spoken: FakeUtterance[] = [];
const synth = Object.assign(new EventTarget(), {
  getVoices: () => voices,
  speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
  cancel: vi.fn(),
  pause: vi.fn(),
  resume: vi.fn(),
});

beforeEach(() => {
  voices = [];
  spoken = [];
  for (const f of [synth.speak, synth.cancel, synth.pause, synth.resume]) f.mockClear();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(() => vi.unstubAllGlobals());

const EN = ['Summary: see a doctor.', 'Next step: within weeks.', 'If you feel unwell, see a doctor.', 'ALT 120 is high.'];
const JA = ['まとめ：医療機関を受診してください。', '次にすること：数週間以内に。', '具合が悪いときは受診してください。', 'ALT 120 は高い値です。'];

describe('ReadAloudButton', () => {
  it('reads with a voice on the device, not an online one, in order, starting with the summary', async () => {
    voices = [voice('Online US', 'en-US', false, true), voice('Device UK', 'en-GB', true)];
    const { user } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(spoken.map((u) => u.text)).toEqual(EN);
    expect(spoken.every((u) => u.voice?.name === 'Device UK' && u.lang === 'en-GB')).toBe(true);
  });

  it('with only online voices, reads nothing and says why', async () => {
    voices = [voice('Online US', 'en-US', false, true), voice('Online JP', 'ja-JP', false)];
    const { user } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(synth.speak).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Reading aloud is not available here: this device has no built-in voice for English, and an online voice would send your values off the device.',
    );
  });

  it('on a Japanese page reads Japanese with a Japanese voice, never the English one', async () => {
    voices = [voice('Device US', 'en-US', true, true), voice('Kyoko', 'ja_JP', true), voice('Online JP', 'ja-JP', false)];
    const { user } = await renderIn('ja', <ReadAloudButton texts={JA} lang="ja" />);
    await user.click(screen.getByRole('button', { name: '読み上げ' }));
    expect(spoken[0]?.text).toBe(JA[0]);
    expect(spoken.map((u) => [u.voice?.name, u.lang])).toEqual(JA.map(() => ['Kyoko', 'ja_JP']));
  });

  it('explains in Japanese when there is no Japanese voice on the device', async () => {
    voices = [voice('Device US', 'en-US', true, true)];
    const { user } = await renderIn('ja', <ReadAloudButton texts={JA} lang="ja" />);
    await user.click(screen.getByRole('button', { name: '読み上げ' }));
    expect(synth.speak).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('この端末には日本語の内蔵音声がなく');
  });

  it('uses voices that arrive later (voiceschanged)', async () => {
    const { user } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(screen.getByRole('status')).toHaveTextContent('no built-in voice');
    voices = [voice('Device US', 'en-US', true)];
    act(() => {
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(spoken).toHaveLength(EN.length);
  });

  it('pauses, resumes, stops, and is ready again when the last sentence ends', async () => {
    voices = [voice('Device US', 'en-US', true)];
    const { user } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synth.pause).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(synth.resume).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(synth.cancel).toHaveBeenCalled();
    const main = screen.getByRole('button', { name: 'Read aloud' });
    expect(main).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();

    // Callbacks of the stopped reading change nothing.
    act(() => spoken.at(-1)?.onend?.());
    await user.click(main);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => spoken.at(-1)?.onend?.());
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('stops reading when the texts change or it leaves the page', async () => {
    voices = [voice('Device US', 'en-US', true)];
    const { user, rerender, unmount, i18n } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    synth.cancel.mockClear();
    const { I18nextProvider } = await import('react-i18next');
    rerender(
      <I18nextProvider i18n={i18n}>
        <ReadAloudButton texts={['Summary: no action needed.']} lang="en" />
      </I18nextProvider>,
    );
    expect(synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalled();
  });

  it('is not rendered where the browser cannot speak', async () => {
    vi.unstubAllGlobals();
    const had = 'speechSynthesis' in window;
    expect(had).toBe(false);
    const { container } = await renderIn('en', <ReadAloudButton texts={EN} lang="en" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('pickLocalVoice', () => {
  it('prefers the default, then the usual region, and only local voices of the language', () => {
    const list = [voice('a', 'en-AU', true), voice('b', 'en-US', true), voice('c', 'en-IN', true, true), voice('d', 'en-US', false, true)];
    expect(pickLocalVoice(list, 'en')?.name).toBe('c');
    expect(pickLocalVoice(list.slice(0, 2), 'en')?.name).toBe('b');
    expect(pickLocalVoice(list, 'ja')).toBeUndefined();
  });

  it('matches language tags, not prefixes of other languages', () => {
    expect(voiceSpeaks({ lang: 'ja' }, 'ja')).toBe(true);
    expect(voiceSpeaks({ lang: 'JA-jp' }, 'ja')).toBe(true);
    expect(voiceSpeaks({ lang: 'en_GB' }, 'en')).toBe(true);
    expect(voiceSpeaks({ lang: 'jam' }, 'ja')).toBe(false);
    expect(voiceSpeaks({ lang: 'eng' }, 'en')).toBe(false);
  });
});
