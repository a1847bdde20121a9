import { describe, expect, it } from 'vitest';
import { langRuns } from './lang-runs';

describe('langRuns', () => {
  it('marks the Japanese words in an English hint', () => {
    expect(langRuns('In the liver (肝機能) part, labelled AST(GOT).', 'en')).toEqual([
      { text: 'In the liver (' },
      { text: '肝機能', lang: 'ja' },
      { text: ') part, labelled AST(GOT).' },
    ]);
    expect(langRuns('Previous checkup (前回)', 'en')).toEqual([{ text: 'Previous checkup (' }, { text: '前回', lang: 'ja' }, { text: ')' }]);
    expect(langRuns('written 万/µL', 'en')).toEqual([{ text: 'written ' }, { text: '万', lang: 'ja' }, { text: '/µL' }]);
  });

  it('marks an English title on the Japanese page, but not a test name', () => {
    expect(langRuns('The De Ritis ratio: the test of time（AST/ALT 比の総説）', 'ja')).toEqual([
      { text: 'The De Ritis ratio: the test of time', lang: 'en' },
      { text: '（AST/ALT 比の総説）' },
    ]);
    expect(langRuns('γ-GTP と ALT(GPT) の値', 'ja')).toEqual([{ text: 'γ-GTP と ALT(GPT) の値' }]);
  });

  it('keeps every character, in order', () => {
    for (const [text, lang] of [['肝臓 liver 肝臓', 'en'], ['a b c 日本 d e f', 'ja'], ['', 'en']] as const) {
      expect(langRuns(text, lang).map((run) => run.text).join('')).toBe(text);
    }
  });
});
