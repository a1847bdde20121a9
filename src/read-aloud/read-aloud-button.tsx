import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalVoice, type SpeechLang } from './voices';
import './read-aloud.css';

const subscribe = () => () => {};
const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
/** The prerendered page has no speech controls; hydration adds them where the browser can speak. */
const onServer = () => false;

interface ReadAloudButtonProps {
  /** What to read, in order: summary, next step, symptom line, then each finding. In `lang`. */
  texts: readonly string[];
  /** The page's language: only a voice of this language is used. */
  lang: SpeechLang;
}

type Playing = { key: string; paused: boolean };

/**
 * "Read aloud" with pause/resume and stop, using only a voice installed on the device for the
 * page's language. With none (or only online voices) pressing it says why and reads nothing.
 * Not rendered where the browser has no speech synthesis. Stops when the texts change.
 */
export function ReadAloudButton({ texts, lang }: ReadAloudButtonProps) {
  const { t } = useTranslation();
  const supported = useSyncExternalStore(subscribe, canSpeak, onServer);
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [refused, setRefused] = useState(false);
  const run = useRef(0);
  const mainRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);

  // Voices arrive asynchronously (Chrome: empty until 'voiceschanged').
  useEffect(() => {
    if (!supported) return;
    const synth = window.speechSynthesis;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [supported]);

  const key = `${lang}\n${texts.join('\n')}`;
  // New texts, another language or leaving the page: stop what is being read.
  useEffect(() => {
    if (!supported) return;
    const runs = run; // the counter itself: callbacks of the old texts must see the change
    const synth = window.speechSynthesis;
    return () => {
      runs.current++;
      synth.cancel();
    };
  }, [key, supported]);

  if (!supported) return null;

  const voice = pickLocalVoice(voices, lang);
  const state = playing?.key === key ? (playing.paused ? 'paused' : 'speaking') : 'idle';

  const finish = (mine: number) => {
    if (run.current !== mine) return;
    if (document.activeElement === stopRef.current) mainRef.current?.focus();
    setPlaying(null);
  };

  const start = () => {
    const synth = window.speechSynthesis;
    if (!voice) {
      setRefused(true);
      return;
    }
    setRefused(false);
    const mine = ++run.current;
    synth.cancel();
    const parts = texts.map((s) => s.trim()).filter((s) => s !== '');
    parts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (i === parts.length - 1) utterance.onend = () => finish(mine);
      utterance.onerror = () => finish(mine);
      synth.speak(utterance);
    });
    if (parts.length > 0) setPlaying({ key, paused: false });
  };

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (state === 'idle') start();
    else if (state === 'speaking') {
      synth.pause();
      setPlaying({ key, paused: true });
    } else {
      synth.resume();
      setPlaying({ key, paused: false });
    }
  };

  const stop = () => {
    run.current++;
    window.speechSynthesis.cancel();
    setPlaying(null);
    mainRef.current?.focus();
  };

  const label = state === 'idle' ? t('readAloud.read') : state === 'speaking' ? t('readAloud.pause') : t('readAloud.resume');
  return (
    <div className="read-aloud">
      <div className="read-aloud-controls" role="group" aria-label={t('readAloud.controls')}>
        <button type="button" ref={mainRef} className="secondary" onClick={toggle}>
          {label}
        </button>
        {state !== 'idle' && (
          <button type="button" ref={stopRef} className="secondary" onClick={stop}>
            {t('readAloud.stop')}
          </button>
        )}
      </div>
      <p className="read-aloud-note" role="status">
        {refused && !voice ? t('readAloud.noLocalVoice', { language: t(`lang.${lang}`) }) : ''}
      </p>
    </div>
  );
}
