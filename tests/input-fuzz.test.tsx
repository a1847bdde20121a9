// Random text, as people type and paste it, into every field in both languages: through the
// input layer (checkForm) and the messages the form renders from it.
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LabForm } from '../src/components/form/lab-form';
import { bundledLocale } from '../src/i18n/bundled-locales';
import { createI18n } from '../src/i18n/create-i18n';
import type { Lang } from '../src/i18n/languages';
import { checkForm, type FormTexts } from '../src/input/check-form';
import { checkField } from '../src/input/check-field';
import { FIELD_IDS, FIELD_UNITS, type FieldId, type UnitChoice } from '../src/input/fields';

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const number = fc.oneof(
  fc.double({ min: -1e6, max: 1e7, noNaN: true }).map(String),
  fc.integer({ min: 0, max: 300_000 }).map(String),
  fc.integer({ min: 20, max: 600 }).map((n) => '9'.repeat(n)), // longer than any real result
);
const suffix = fc.constantFrom('', '万', '万/µL', '/µL', 'U/L', 'IU/L', 'g/dL', 'g/L', '歳', 'H', 'L', '*', '＊', ' H', ' U/L', 'ｇ／ｄＬ', '%', 'e3');
const typed = fc.oneof(
  fc.tuple(number, suffix).map(([n, s]) => n + s),
  fc.tuple(number, suffix).map(([n, s]) => toFullWidth(n + s)),
  fc.string(),
  fc.string({ unit: 'grapheme' }), // emoji and other clusters
  fc.string({ unit: 'binary' }),
  fc.array(number, { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n')), // pasted lines
  fc.constantFrom('<b>62</b>', '<script>alert(1)</script>', '{{min}}', '$t(errors.tooHigh)', 'errors.notANumber', 'NaN', 'Infinity', '1e400', '−０．５'),
);
const texts = fc.record(Object.fromEntries(FIELD_IDS.map((f) => [f, typed])) as Record<FieldId, typeof typed>) as fc.Arbitrary<FormTexts>;
const units = fc.record({
  platelets: fc.constantFrom(...FIELD_UNITS.platelets),
  albumin: fc.constantFrom(...FIELD_UNITS.albumin),
}) as fc.Arbitrary<UnitChoice>;

// What a raw i18n key or a broken message looks like on screen.
const RAW_KEY = /\b(?:form|fields|units|errors|analytes|age)\.[a-z][A-Za-z]+\b/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// An <input type="text"> drops line breaks from what is pasted: the rest is kept.
const inInput = (text: string) => text.replace(/[\r\n]/g, '');

describe.each<Lang>(['en', 'ja'])('random text in every field (%s)', (lang) => {
  it('is kept as typed; no NaN, no raw key; every refusal has a message in the language', async () => {
    const i18n = await createI18n({ lng: lang, load: bundledLocale });
    const noop = () => {};
    const view = render(<div />);
    await fc.assert(
      fc.asyncProperty(texts, units, async (raw, chosen) => {
        const shown = Object.fromEntries(FIELD_IDS.map((f) => [f, inInput(raw[f])])) as FormTexts;
        const form = checkForm(shown, chosen);
        view.rerender(
          <I18nextProvider i18n={i18n}>
            <LabForm texts={shown} units={chosen} checks={form.checks} onTextChange={noop} onUnitChange={noop} />
          </I18nextProvider>,
        );
        for (const field of FIELD_IDS) {
          const input = view.container.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
          expect(input.value).toBe(shown[field]);
          const check = form.checks[field];
          if (check.status === 'valid') expect(Number.isFinite(check.value)).toBe(true);
          const message = view.container.querySelector(`#field-${field}-message`)!.textContent ?? '';
          // The typed text itself may appear in a message ("Keep 235万…"): judge the rest.
          const words = message.split(shown[field].trim()).join(' ');
          expect(words).not.toMatch(/NaN|undefined|Infinity|\{\{|\$t\(/);
          expect(words).not.toMatch(RAW_KEY);
          if (check.status === 'invalid') {
            expect(message.trim()).not.toBe('');
            expect(input).toHaveAttribute('aria-invalid', 'true');
            if (lang === 'ja') expect(words).toMatch(JAPANESE);
            else expect(words).toMatch(/[A-Za-z]{4,}/);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});

describe('report text never changes the number', () => {
  it('a number with a report suffix reads as the same number (or is refused), never another', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_IDS), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 2 }), suffix, (field, n, decimals, end) => {
        const text = (n / 10 ** decimals).toString() + end;
        const check = checkField(field, text, FIELD_UNITS[field][0]);
        if (check.status === 'valid') expect(check.typed).toBe(n / 10 ** decimals);
        expect(checkField(field, toFullWidth(text), FIELD_UNITS[field][0])).toEqual(check);
      }),
      { numRuns: 3000 },
    );
  });
});
