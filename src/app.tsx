import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic } from './clinic/clinic-config';
import { currentLang } from './i18n/create-i18n';
import { LanguageSwitch } from './components/language-switch';
import type { SessionSnapshot } from './components/form/use-patient-form';
import { PatientSession } from './components/patient-session';
import type { EarlyInput } from './components/form/early-input';
import { SharedNotice } from './handoff/shared-notice';
import { useSharedFragment, type SharedFragment } from './handoff/shared-fragment';
import { fromShared } from './components/form/from-shared';
import { LazyUndoToast } from './components/lazy-parts';
import { IDLE_DEFAULT_SECONDS, IDLE_MAX_SECONDS, UNDO_SECONDS, type ReceptionSettings } from './reception/settings';

interface AppProps {
  settings?: ReceptionSettings;
  clinic?: Clinic | undefined;
  /**
   * Called on every clear (next patient or idle), e.g. to apply a waiting app update. Returns true
   * when it does: the page is about to reload, so the clear offers no Undo.
   */
  onCleared?: () => boolean;
  /** What was typed into the prerendered form before the app started (main.tsx). */
  early?: EarlyInput | undefined;
  /** The result the page was opened with from a shared link, or why it could not be read. */
  shared?: SharedFragment;
}

const PERSONAL: ReceptionSettings = { mode: 'personal', idleSeconds: IDLE_DEFAULT_SECONDS };

export function App({ settings = PERSONAL, clinic, onCleared, early, shared: sharedAtStart = null }: AppProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const reception = settings.mode === 'reception';
  // The desk's language: the one the app started in. Every clear brings it back, so the next
  // person never inherits the last one's choice.
  const [deskLang] = useState(lang);
  // Each patient gets a fresh session: a new key drops every value, unit, message and result at once.
  const [session, setSession] = useState(0);
  const snapshot = useRef<SessionSnapshot | undefined>(undefined);
  // What "Undo" brings back, for a few seconds after "Next patient" (never after an idle clear).
  const [undo, setUndo] = useState<{ snapshot: SessionSnapshot; lang: string } | undefined>(undefined);
  const [shared, dismissShared] = useSharedFragment(sharedAtStart);
  // A shared result fills the first session; an undone clear fills the one after it.
  const [restored, setRestored] = useState<SessionSnapshot | undefined>(() => (sharedAtStart?.ok ? fromShared(sharedAtStart.result) : undefined));

  const clear = useCallback(
    (how: 'button' | 'idle') => {
      const last = snapshot.current;
      // Applying a waiting new version reloads the page, so there is nothing to undo. Showing Undo
      // would also load its lazy chunk through the outgoing service worker at that very moment,
      // and Chromium then leaves the new worker waiting: the page would never reload.
      const reloading = onCleared?.() ?? false;
      setUndo(how === 'button' && last && !reloading ? { snapshot: last, lang: currentLang(i18n) } : undefined);
      setRestored(undefined);
      dismissShared();
      setSession((n) => n + 1);
      if (reception && currentLang(i18n) !== deskLang) void i18n.changeLanguage(deskLang);
      window.scrollTo({ top: 0 });
    },
    [onCleared, reception, deskLang, i18n, dismissShared],
  );
  const onIdleClear = useCallback(() => clear('idle'), [clear]);
  const onUndo = useCallback(() => {
    if (!undo) return;
    setRestored(undo.snapshot);
    setUndo(undefined);
    setSession((n) => n + 1);
    if (currentLang(i18n) !== undo.lang) void i18n.changeLanguage(undo.lang);
  }, [undo, i18n]);
  const onUndoExpired = useCallback(() => setUndo(undefined), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.ready = 'true'; // hydrated: the controls answer
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className={reception ? 'app reception' : 'app'}>
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-actions">
          <LanguageSwitch remember={!reception} />
        </div>
      </header>
      {settings.idleRefused !== undefined && (
        <p role="status" className="notice">
          {t('reception.idleRefused', { typed: settings.idleRefused, max: IDLE_MAX_SECONDS, seconds: settings.idleSeconds })}
        </p>
      )}
      {shared && <SharedNotice shared={shared} onClear={() => clear('idle')} />}
      <PatientSession
        key={session}
        initial={restored}
        snapshotRef={snapshot}
        reception={reception}
        idleSeconds={settings.idleSeconds}
        clinic={clinic}
        focusOnStart={session > 0}
        early={session === 0 ? early : undefined}
        // Not over a shared link's values: the form would be read back without its earlier columns and choices.
        readEarly={session === 0 && restored === undefined}
        onClear={onIdleClear}
      />
      {reception && (
        <div className="reception-bar">
          <button type="button" className="next-patient" onClick={() => clear('button')}>
            <span className="next-patient-icon" aria-hidden="true">
              ⟲
            </span>
            {t('reception.next')}
          </button>
          {undo && <LazyUndoToast key={session} seconds={UNDO_SECONDS} onUndo={onUndo} onExpired={onUndoExpired} />}
        </div>
      )}
    </div>
  );
}
