/**
 * Reception mode: a tablet at a clinic's desk where one patient follows another.
 * Turned on once with ?mode=reception (optionally &idle=SECONDS), off with ?mode=personal;
 * remembered on the device. Besides the language, these are the only things the app stores.
 */
export type Mode = 'personal' | 'reception';

export interface ReceptionSettings {
  mode: Mode;
  /** Seconds without a touch or key before the countdown to clear starts. */
  idleSeconds: number;
  /** An idle time asked for in the address but refused (above IDLE_MAX_SECONDS): said on screen, never stored. */
  idleRefused?: string;
}

export const IDLE_DEFAULT_SECONDS = 120;
export const IDLE_MIN_SECONDS = 10;
/**
 * 24 hours. Longer is refused: a reception tablet should clear at least daily, and browsers'
 * timers overflow above 2³¹−1 ms (about 24.8 days), which would clear the page at once.
 */
export const IDLE_MAX_SECONDS = 86_400;
/** How long "Undo" is offered after Next patient: long enough to catch a slip, short enough that the next person cannot. */
export const UNDO_SECONDS = 6;
/** Length of the visible countdown before an idle page is cleared. */
export const COUNTDOWN_SECONDS = 10;

export const MODE_STORAGE_KEY = 'mode';
export const IDLE_STORAGE_KEY = 'idleSeconds';

const DEFAULTS: ReceptionSettings = { mode: 'personal', idleSeconds: IDLE_DEFAULT_SECONDS };

/** A whole number of seconds, at least IDLE_MIN_SECONDS; 'refused' above IDLE_MAX_SECONDS. */
function parseIdle(text: string | null): number | 'refused' | undefined {
  if (text === null || !/^\d+$/.test(text.trim())) return undefined;
  const seconds = Number(text.trim());
  return seconds > IDLE_MAX_SECONDS ? 'refused' : Math.max(IDLE_MIN_SECONDS, seconds);
}

function parseMode(text: string | null): Mode | undefined {
  return text === 'reception' || text === 'personal' ? text : undefined;
}

/** Settings from what is stored, overridden by the address's parameters (which are then stored). */
export function resolveSettings(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): ReceptionSettings {
  const params = new URLSearchParams(search);
  const storedIdle = parseIdle(safe(() => storage?.getItem(IDLE_STORAGE_KEY) ?? null));
  const stored: ReceptionSettings = {
    mode: parseMode(safe(() => storage?.getItem(MODE_STORAGE_KEY) ?? null)) ?? DEFAULTS.mode,
    // A value above the maximum (stored by an older version) is not used either.
    idleSeconds: typeof storedIdle === 'number' ? storedIdle : DEFAULTS.idleSeconds,
  };
  const mode = parseMode(params.get('mode'));
  const idle = parseIdle(params.get('idle'));
  if (mode) safe(() => storage?.setItem(MODE_STORAGE_KEY, mode));
  if (typeof idle === 'number') safe(() => storage?.setItem(IDLE_STORAGE_KEY, String(idle)));
  const settings: ReceptionSettings = { mode: mode ?? stored.mode, idleSeconds: typeof idle === 'number' ? idle : stored.idleSeconds };
  if (idle === 'refused') settings.idleRefused = params.get('idle')?.trim();
  return settings;
}

/** The address without the reception parameters, so the next person cannot see or reuse them. */
export function withoutSettingsParams(href: string): string | undefined {
  const url = new URL(href);
  if (!url.searchParams.has('mode') && !url.searchParams.has('idle')) return undefined;
  url.searchParams.delete('mode');
  url.searchParams.delete('idle');
  return url.pathname + url.search + url.hash;
}

/** Reads the settings once at start-up and cleans the address bar without adding a history entry. */
export function loadSettingsFromLocation(): ReceptionSettings {
  const settings = resolveSettings(window.location.search, storageOrUndefined());
  const clean = withoutSettingsParams(window.location.href);
  if (clean !== undefined) window.history.replaceState(null, '', clean);
  return settings;
}

function storageOrUndefined(): Storage | undefined {
  return safe(() => window.localStorage) ?? undefined;
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null; // storage can be blocked; the app works without it
  }
}
