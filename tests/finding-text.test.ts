import { describe, expect, it } from 'vitest';
import { findingText } from '../src/components/results/finding-text';
import { bundledLocale } from '../src/i18n/bundled-locales';
import { createI18n } from '../src/i18n/create-i18n';
import { interpret, type CheckupContext, type FindingId, type LabValues } from '../src/rules';

// Inputs that between them make every rule fire, context rules included.
const CASES: [LabValues, CheckupContext?][] = [
  [{ ast: 20, alt: 18, ggt: 25, albumin: 4.4, platelets: 24, age: 45 }],
  [{ ast: 33, alt: 35, ggt: 60, albumin: 3.8, platelets: 13, age: 30 }],
  [{ ast: 45, alt: 45, ggt: 90, albumin: 3.4, platelets: 11, age: 70 }],
  [{ ast: 150, alt: 120, ggt: 180, albumin: 2.5, platelets: 8, age: 60 }],
  [{ ast: 350, alt: 350, ggt: 250, platelets: 4, age: 50 }],
  [{ ast: 700, alt: 650, platelets: 45 }],
  [{ ast: 60, alt: 25, platelets: 19 }],
  [{ ast: 90, alt: 40, age: 40, platelets: 30 }],
  [{ ast: 25, alt: 60, age: 50, platelets: 25 }],
  [{ albumin: 3.6, platelets: 15, age: 60, ast: 40, alt: 25 }],
  [{ alt: 25 }, { hbsAg: 'positive', hcvAb: 'positive' }],
  [{ alt: 25 }, { hbsAg: 'negative', hcvAb: 'negative' }],
  [{ alt: 25 }, { hbsAg: 'negative' }],
  [{ alt: 35 }, { hcvAb: 'negative' }],
  [{ alt: 35, platelets: 18 }, { ultrasound: 'fattyLiver' }],
  [{ age: 60, ast: 40, alt: 25, platelets: 20 }, { ultrasound: 'fattyLiver' }],
  [{ ast: 25, alt: 25, platelets: 25, age: 50 }, { ultrasound: 'fattyLiver' }],
  [{ alt: 25 }, { ultrasound: 'chronicLiverDamage' }],
  [{ alt: 38 }, { earlier: [{ alt: 42 }] }],
  [{ age: 60, ast: 40, alt: 36, platelets: 14 }, { earlier: [{ age: 59, ast: 30, alt: 36, platelets: 20 }] }],
  [{ age: 60, ast: 50, alt: 36, platelets: 12 }, { earlier: [{ age: 59, ast: 50, alt: 36, platelets: 12 }] }],
];

const all = CASES.flatMap(([values, context]) => interpret(values, context).findings);

describe('every finding reads as a finished sentence in both languages', () => {
  it.each(['en', 'ja'] as const)('%s', async (lng) => {
    const i18n = await createI18n({ lng, load: bundledLocale });
    const t = i18n.getFixedT(lng, 'explain');
    for (const f of all) {
      const text = findingText(t, f);
      expect(text, f.id).not.toMatch(/{{|}}|NaN|undefined|findings\./);
      expect(text.length, f.id).toBeGreaterThan(20);
    }
  });

  it('covers every finding id', () => {
    const seen = new Set<FindingId>(all.map((f) => f.id));
    expect(seen.size).toBe(42); // the 42 ids of the FindingId union
  });

  it('names the hepatitis test not yet known, and says to ask for it at the visit when ALT is above 30', async () => {
    const i18n = await createI18n({ lng: 'en', load: bundledLocale });
    const t = i18n.getFixedT('en', 'explain');
    const testOnce = (values: LabValues, context?: CheckupContext) => {
      const f = interpret(values, context).findings.find((x) => x.id === 'hepatitis.testOnce');
      if (!f) throw new Error('no hepatitis.testOnce');
      return findingText(t, f);
    };
    expect(testOnce({ alt: 25 })).toMatch(/hepatitis B and C/);
    expect(testOnce({ alt: 25 }, { hcvAb: 'negative' })).toMatch(/hepatitis B once/);
    expect(testOnce({ alt: 25 }, { hbsAg: 'negative' })).toMatch(/hepatitis C once/);
    expect(testOnce({ alt: 25 })).not.toMatch(/see the doctor/);
    expect(testOnce({ alt: 35 })).toMatch(/ask for this test when you see the doctor/);
  });

  it('shows FIB-4 truncated, not rounded (2.665 → 2.66)', async () => {
    const i18n = await createI18n({ lng: 'en', load: bundledLocale });
    const t = i18n.getFixedT('en', 'explain');
    const text = findingText(t, { id: 'fib4.indeterminate', urgency: 'consult', params: { value: 2.6659, age: 60, lowCutoff: 1.3, highCutoff: 2.67 }, sources: [] });
    expect(text).toMatch(/FIB-4 2\.66 is between/);
  });
});
