import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clinic } from './clinic/clinic-config';
import { currentLang } from './i18n/create-i18n';
import { LanguageSwitch } from './components/language-switch';
import { PatientSession } from './components/patient-session';
import type { EarlyInput } from './components/early-input';
import { IDLE_DEFAULT_SECONDS, IDLE_MAX_SECONDS, type ReceptionSettings } from './reception/settings';

interface AppProps {
  settings?: ReceptionSettings;
  clinic?: Clinic | undefined;
  /** Called after every clear (next patient or idle), e.g. to apply a waiting app update. */
  onCleared?: () => void;
  /** What was typed into the prerendered form before the app started (main.tsx). */
  early?: EarlyInput | undefined;
}

const PERSONAL: ReceptionSettings = { mode: 'personal', idleSeconds: IDLE_DEFAULT_SECONDS };

export function App({ settings = PERSONAL, clinic, onCleared, early }: AppProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const reception = settings.mode === 'reception';
  // Each patient gets a fresh session: a new key drops every value, unit, message and result at once.
  const [session, setSession] = useState(0);

  const clear = useCallback(() => {
    setSession((n) => n + 1);
    window.scrollTo({ top: 0 });
    onCleared?.();
  }, [onCleared]);

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
          <LanguageSwitch />
          {reception && (
            <button type="button" className="next-patient" onClick={clear}>
              {t('reception.next')}
            </button>
          )}
        </div>
      </header>
      {settings.idleRefused !== undefined && (
        <p role="status" className="notice">
          {t('reception.idleRefused', { typed: settings.idleRefused, max: IDLE_MAX_SECONDS, seconds: settings.idleSeconds })}
        </p>
      )}
      <PatientSession
        key={session}
        reception={reception}
        idleSeconds={settings.idleSeconds}
        clinic={clinic}
        focusOnStart={session > 0}
        early={session === 0 ? early : undefined}
        readEarly={session === 0}
        onClear={clear}
      />
    </div>
  );
}
