import { describe, expect, it } from 'vitest';
import explain from '../locales/en/explain.json';
import { fleschKincaid } from './flesch-kincaid';

type Json = string | { [key: string]: Json };

/** Every string under `node`, as [key, text]. */
function leaves(node: Json, key: string): [string, string][] {
  if (typeof node === 'string') return [[key, node]];
  return Object.entries(node).flatMap(([child, value]) => leaves(value, key ? `${key}.${child}` : child));
}

/** Labels are read only as part of what they head; alone, two words have no meaningful grade. */
const LABELS = [/^gradeWords\./, /^fib4\.(name|bands\.)/];
/** Pieces read together: a heading and the text under it, a list with its title. */
const GROUPS = [/^urgency\.\w+/, /^altTier\.\w+/, /^general\.(causes|alcohol|lifestyle)/, /^fib4\.(howTitle|formula)/];
const TITLE_OF: Record<string, string> = { 'general.causes': 'general.causesTitle', 'general.alcohol': 'general.alcoholTitle', 'general.lifestyle': 'general.lifestyleTitle', 'fib4.howTitle': 'fib4.how', 'fib4.formula': 'fib4.how' };

/**
 * What a reader reads as one piece: a level's title with its next step, an ALT tier's title with
 * its text, a list with its title; every other string on its own.
 */
function passages(): { name: string; text: string; keys: string[] }[] {
  const out = new Map<string, { name: string; text: string; keys: string[] }>();
  for (const [key, text] of leaves(explain as unknown as Json, '')) {
    if (LABELS.some((re) => re.test(key))) continue;
    const group = GROUPS.map((re) => key.match(re)?.[0]).find(Boolean);
    const name = (group && (TITLE_OF[group] ?? group)) ?? Object.entries(TITLE_OF).find(([, title]) => title === key)?.[0] ?? key;
    const piece = out.get(name) ?? { name, text: '', keys: [] };
    piece.text += `${piece.text ? ' ' : ''}${/[.!?]$/.test(text) ? text : `${text}.`}`;
    piece.keys.push(key);
    out.set(name, piece);
  }
  return [...out.values()];
}

describe('English explanations read at school grade 6 or below (Flesch–Kincaid)', () => {
  it.each(passages().map((p) => [p.name, p.text]))('%s', (_name, text) => {
    expect(fleschKincaid(text).grade, text).toBeLessThanOrEqual(6);
  });

  it('cover every string of explain.json but the labels', () => {
    const read = new Set(passages().flatMap((p) => p.keys));
    const unread = leaves(explain as unknown as Json, '').filter(([key]) => !read.has(key)).map(([key]) => key);
    expect(unread).toEqual(['gradeWords.A', 'gradeWords.B', 'gradeWords.C', 'gradeWords.D', 'fib4.name', 'fib4.bands.low', 'fib4.bands.indeterminate', 'fib4.bands.high']);
    expect(read.size).toBeGreaterThan(100);
  });

  it('say "doctor", not "physician", and "a damaged blood sample", not "haemolysis"', () => {
    expect(JSON.stringify(explain)).not.toMatch(/physician|ha?emolysis/i);
  });

  it('scores a hard sentence high and a plain one low (the measure works)', () => {
    expect(fleschKincaid('Hepatocellular injury necessitates comprehensive hepatological evaluation.').grade).toBeGreaterThan(12);
    expect(fleschKincaid('See your doctor. Ask for a blood test.').grade).toBeLessThan(3);
  });
});
