import { describe, expect, it } from 'vitest';
import { IDLE_DEFAULT_SECONDS, IDLE_MAX_SECONDS, IDLE_MIN_SECONDS, resolveSettings, withoutSettingsParams } from './settings';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('reception settings', () => {
  it('default to personal mode with the default idle time', () => {
    expect(resolveSettings('', memoryStorage())).toEqual({ mode: 'personal', idleSeconds: IDLE_DEFAULT_SECONDS });
  });

  it('turn reception on from the address and remember it', () => {
    const storage = memoryStorage();
    expect(resolveSettings('?mode=reception', storage).mode).toBe('reception');
    expect(resolveSettings('', storage).mode).toBe('reception');
    expect(resolveSettings('?mode=personal', storage).mode).toBe('personal');
    expect(resolveSettings('', storage).mode).toBe('personal');
  });

  it('read and remember the idle time, never below the minimum', () => {
    const storage = memoryStorage();
    expect(resolveSettings('?mode=reception&idle=30', storage).idleSeconds).toBe(30);
    expect(resolveSettings('', storage).idleSeconds).toBe(30);
    expect(resolveSettings('?idle=3', storage).idleSeconds).toBe(IDLE_MIN_SECONDS);
  });

  it('refuse an idle time above the maximum (24 h): reported, not used, never stored', () => {
    const storage = memoryStorage();
    resolveSettings('?mode=reception&idle=300', storage);
    expect(resolveSettings('?idle=3000000', storage)).toEqual({ mode: 'reception', idleSeconds: 300, idleRefused: '3000000' });
    expect(storage.data.get('idleSeconds')).toBe('300');
    expect(resolveSettings(`?idle=${IDLE_MAX_SECONDS + 1}`, storage).idleRefused).toBe(String(IDLE_MAX_SECONDS + 1));
    expect(resolveSettings(`?idle=${'9'.repeat(400)}`, storage).idleSeconds).toBe(300);
    expect(storage.data.get('idleSeconds')).toBe('300');
    // the maximum itself is accepted and stored
    expect(resolveSettings(`?idle=${IDLE_MAX_SECONDS}`, storage)).toEqual({ mode: 'reception', idleSeconds: IDLE_MAX_SECONDS });
    expect(storage.data.get('idleSeconds')).toBe(String(IDLE_MAX_SECONDS));
  });

  it('do not use a refused idle time an older version stored', () => {
    const storage = memoryStorage({ mode: 'reception', idleSeconds: '3000000' });
    expect(resolveSettings('', storage)).toEqual({ mode: 'reception', idleSeconds: IDLE_DEFAULT_SECONDS });
  });

  it('ignore values that are not theirs', () => {
    const storage = memoryStorage({ mode: 'kiosk', idleSeconds: 'soon' });
    expect(resolveSettings('?mode=admin&idle=-5', storage)).toEqual({ mode: 'personal', idleSeconds: IDLE_DEFAULT_SECONDS });
    expect(storage.data.get('mode')).toBe('kiosk');
  });

  it('work without storage', () => {
    expect(resolveSettings('?mode=reception', undefined).mode).toBe('reception');
  });

  it('strip only their own parameters from the address', () => {
    expect(withoutSettingsParams('http://127.0.0.1/?mode=reception&idle=20')).toBe('/');
    expect(withoutSettingsParams('http://127.0.0.1/ja/?mode=personal&x=1#top')).toBe('/ja/?x=1#top');
    expect(withoutSettingsParams('http://127.0.0.1/?x=1')).toBeUndefined();
  });
});
