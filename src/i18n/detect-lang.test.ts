import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLang } from './detect-lang';
import { rememberLang, toSupportedLang } from './languages';

function browserLanguages(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

describe('language on a first visit', () => {
  afterEach(() => localStorage.clear());

  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR'], 'en'],
    [['zh-TW'], 'en'],
  ] as const)('follows the browser language %j → %s', (languages, expected) => {
    browserLanguages(...languages);
    expect(detectLang()).toBe(expected);
  });

  it('prefers a choice the person made', () => {
    browserLanguages('ja-JP');
    rememberLang('en');
    expect(detectLang()).toBe('en');
  });

  it('maps any tag to a supported language', () => {
    expect(toSupportedLang('JA-jp')).toBe('ja');
    expect(toSupportedLang(undefined)).toBe('en');
    expect(toSupportedLang('')).toBe('en');
  });
});
