import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const root = join(import.meta.dirname, '..', 'locales');

/** Every leaf as namespace:key → text; plural suffixes folded (Japanese has no plural forms). */
function flatten(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Json, key: string) => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [child, value] of Object.entries(node)) walk(value, key.endsWith(':') ? `${key}${child}` : `${key}.${child}`);
    } else {
      out.set(key.replace(/_(zero|one|two|few|many|other)$/, ''), String(node));
    }
  };
  for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Json, `${file.replace(/\.json$/, '')}:`);
  }
  return out;
}

const variables = (text: string) =>
  [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();

const en = flatten('en');
const ja = flatten('ja');

describe('locales', () => {
  it('have the same namespaces and keys in English and Japanese', () => {
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('use the same {{variables}} in each pair', () => {
    for (const [key, text] of en) {
      expect({ key, vars: variables(ja.get(key) ?? '') }).toEqual({ key, vars: variables(text) });
    }
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...en, ...ja]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('write Japanese in Japanese', () => {
    // Guards against an untranslated English string slipping into ja/. Exempt: language names,
    // units, example numbers, analyte names, years and addresses, which are the same in both.
    const sameInBoth = [/^common:lang\./, /^common:units\./, /^common:form\.examples\./, /^common:fields\./, /\.(url|year|name)$/, /^sources:(sterling2006|mcpherson2017)\.title$/, /^explain:fib4\.name$/, /^common:printExtra\.fib4$/];
    const latinOnly = [...ja].filter(
      ([key, text]) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && text === en.get(key) && !sameInBoth.some((re) => re.test(key)),
    );
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });
});
