import { describe, expect, it } from 'vitest';
import { bundledLocale } from '../src/i18n/bundled-locales';
import { createI18n } from '../src/i18n/create-i18n';
import { interpret, type FindingId, type LabValues } from '../src/rules';

// Inputs that between them make every rule fire.
const CASES: LabValues[] = [
  { ast: 20, alt: 18, ggt: 25, albumin: 4.4, platelets: 24, age: 45 },
  { ast: 33, alt: 35, ggt: 60, albumin: 3.8, platelets: 13, age: 30 },
  { ast: 45, alt: 45, ggt: 90, albumin: 3.4, platelets: 11, age: 70 },
  { ast: 150, alt: 120, ggt: 180, albumin: 2.5, platelets: 8, age: 60 },
  { ast: 350, alt: 350, ggt: 250, platelets: 4, age: 50 },
  { ast: 700, alt: 650, platelets: 45 },
  { ast: 60, alt: 25, platelets: 19 },
  { ast: 90, alt: 40, age: 40, platelets: 30 },
  { ast: 25, alt: 60, age: 50, platelets: 25 },
];

describe('every finding reads as a finished sentence in both languages', () => {
  const seen = new Set<FindingId>();
  for (const values of CASES) for (const f of interpret(values).findings) seen.add(f.id);

  it.each(['en', 'ja'] as const)('%s', async (lng) => {
    const i18n = await createI18n({ lng, load: bundledLocale });
    for (const values of CASES) {
      for (const f of interpret(values).findings) {
        const text = i18n.t(`findings.${f.id}`, { ns: 'explain', ...f.params });
        expect(text, f.id).not.toMatch(/{{|}}|NaN|undefined|findings\./);
      }
    }
  });

  it('covers every finding id', () => {
    expect(seen.size).toBe(30); // the 30 ids of the FindingId union
  });
});
