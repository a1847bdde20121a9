import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Words are runs of Latin letters (numbers, units' symbols and Japanese words in brackets are
 * not English words, so they are left out); sentences end with . ! or ?. Syllables come from
 * the maintained `syllable` package (wooorm), not a home-made rule.
 */
export function fleschKincaid(text: string): { grade: number; words: number; sentences: number; syllables: number } {
  const plain = text.replace(/{{[^}]*}}/g, ' ');
  const words = plain.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? [];
  const sentences = Math.max(1, (plain.match(/[.!?]+(?=\s|$|["”)])/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const grade = words.length === 0 ? 0 : 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { grade, words: words.length, sentences, syllables };
}
