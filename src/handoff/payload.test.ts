import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode as encodeQr } from 'uqr';
import { PLAUSIBILITY } from '../input/fields';
import type { LabValues } from '../rules/types';
import { MARKER_RESULTS, ULTRASOUND_RESULTS } from '../rules/types';
import { decodeFragment, encodeFragment, isSharedFragment, SCALE, shareLink, type SharedResult, type YearMonth } from './payload';

const FULL: SharedResult = {
  lang: 'ja',
  today: { ast: 150, alt: 120, ggt: 180, albumin: 4.3, platelets: 23.5, age: 52 },
  earlier: [
    { ast: 60, alt: 80, ggt: 90, albumin: 4.1, platelets: 21, age: 51 },
    { alt: 45, age: 50 },
  ],
  hbsAg: 'negative',
  hcvAb: 'positive',
  ultrasound: 'fattyLiver',
};

/** FULL with the earlier checkups' year and month (version 2). */
const DATED: SharedResult = {
  ...FULL,
  earlier: [
    { ...FULL.earlier[0], date: { year: 2025, month: 8 } },
    { ...FULL.earlier[1], date: { year: 2024, month: 11 } },
  ],
};

/** FULL as the version before dates wrote it (made by that code): such links must keep opening. */
const OLD_LINK = '#r=1jnpf2-15o.xc.1e0.by.1ta.eg-go.m8.p0.be.1mc.e6-.ci....dw-321us';

const decoded = (hash: string) => {
  const d = decodeFragment(hash);
  if (!d.ok) throw new Error(`expected ok, got ${d.reason}`);
  return d.result;
};
const reason = (hash: string) => {
  const d = decodeFragment(hash);
  return d.ok ? 'ok' : d.reason;
};

/** Recomputes the check of a hand-edited body, to reach the checks behind it. */
function withCheck(body: string): string {
  // The check is internal to payload.ts; the format's comment defines it (CRC-32 mod 36⁵).
  let crc = ~0;
  for (let i = 0; i < body.length; i++) {
    crc ^= body.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return `#${body}-${((~crc >>> 0) % 36 ** 5).toString(36).padStart(5, '0')}`;
}

describe('encodeFragment', () => {
  it('makes a short versioned fragment with a 5-character check', () => {
    const f = encodeFragment(FULL);
    expect(f).toMatch(/^#r=1jnpf2-[0-9a-z.]+-[0-9a-z.]+-[0-9a-z.]+-[0-9a-z]{5}$/);
    expect(f.length).toBeLessThan(100);
  });

  it('holds nothing but the header, the numbers and the check (no name, no date)', () => {
    const f = encodeFragment({ lang: 'en', today: { alt: 22 }, earlier: [] });
    expect(f).toBe(withCheck('r=1exxx0-.64....'));
  });

  it('leaves absent values empty and keeps the position of the others', () => {
    expect(decoded(encodeFragment({ lang: 'en', today: { platelets: 12.3 }, earlier: [] }))).toEqual({
      lang: 'en',
      today: { platelets: 12.3 },
      earlier: [],
    });
  });

  it('round-trips a full result exactly', () => {
    expect(decoded(encodeFragment(FULL))).toEqual(FULL);
  });

  it('writes a result without dates as version 1, exactly as before dates existed', () => {
    expect(encodeFragment(FULL)).toBe(OLD_LINK);
  });

  it('writes the earlier checkups\' year and month as version 2 and round-trips them', () => {
    const f = encodeFragment(DATED);
    // 2025-08 = month 1507 since January 1900 = "15v"; 2024-11 = 1498 = "15m".
    expect(f).toMatch(/^#r=2jnpf2-[0-9a-z.]+-([0-9a-z]*\.){6}15v-([0-9a-z]*\.){6}15m-[0-9a-z]{5}$/);
    expect(f.length).toBeLessThan(OLD_LINK.length + 10);
    expect(decoded(f)).toEqual(DATED);
  });

  it('carries a date on one column only, the other left empty', () => {
    const one: SharedResult = { ...FULL, earlier: [FULL.earlier[0]!, { ...FULL.earlier[1], date: { year: 2023, month: 1 } }] };
    expect(encodeFragment(one)).toMatch(/^#r=2[^-]*-[^-]*-([0-9a-z]*\.){6}-([0-9a-z]*\.){6}[0-9a-z]+-/);
    expect(decoded(encodeFragment(one))).toEqual(one);
  });

  it('accepts the first and last year a checkup date may have', () => {
    for (const date of [
      { year: 1900, month: 1 },
      { year: 2200, month: 12 },
    ]) {
      const r: SharedResult = { lang: 'en', today: { alt: 30 }, earlier: [{ alt: 40, date }] };
      expect(decoded(encodeFragment(r))).toEqual(r);
    }
  });

  it.each([
    [{ year: 2025, month: 0 }],
    [{ year: 2025, month: 13 }],
    [{ year: 1899, month: 12 }],
    [{ year: 2201, month: 1 }],
    [{ year: 2025.5, month: 1 }],
    [{ year: 2025, month: Number.NaN }],
  ] as [YearMonth][])('refuses the date %j (a link that would not decode is never made)', (date) => {
    expect(() => encodeFragment({ lang: 'en', today: { alt: 30 }, earlier: [{ alt: 40, date }] })).toThrow(RangeError);
  });

  it('accepts the plausibility bounds themselves', () => {
    const low: LabValues = { ast: 1, alt: 1, ggt: 1, albumin: 0.5, platelets: 0.1, age: 18 };
    const high: LabValues = { ast: 50_000, alt: 50_000, ggt: 20_000, albumin: 7, platelets: 200, age: 120 };
    for (const today of [low, high]) expect(decoded(encodeFragment({ lang: 'en', today, earlier: [] })).today).toEqual(today);
  });

  it('rounds to the link resolution', () => {
    const r = decoded(encodeFragment({ lang: 'en', today: { alt: 30.04, platelets: 23.4567, albumin: 4.256 }, earlier: [] }));
    expect(r.today).toEqual({ alt: 30, platelets: 23.46, albumin: 4.26 });
  });

  it.each([
    ['ast', 0.9],
    ['alt', 50_001],
    ['ggt', 20_000.5],
    ['albumin', 0.49],
    ['albumin', 7.01],
    ['platelets', 0.09],
    ['platelets', 201],
    ['age', 17],
    ['age', 121],
    ['alt', Number.NaN],
    ['alt', Number.POSITIVE_INFINITY],
  ] as const)('refuses %s %s (a link that would not decode is never made)', (key, value) => {
    expect(() => encodeFragment({ lang: 'en', today: { [key]: value }, earlier: [] })).toThrow(RangeError);
  });

  it('refuses more than two earlier checkups', () => {
    expect(() => encodeFragment({ ...FULL, earlier: [{}, {}, {}] })).toThrow(RangeError);
  });

  it('refuses an unknown enum', () => {
    expect(() => encodeFragment({ ...FULL, hbsAg: 'maybe' as never })).toThrow(RangeError);
    expect(() => encodeFragment({ ...FULL, lang: 'fr' as never })).toThrow(RangeError);
  });

  it('shareLink is origin + path + fragment, never a query string', () => {
    const link = shareLink('https://clinic.example', '/liver/', FULL);
    expect(link).toBe(`https://clinic.example/liver/${encodeFragment(FULL)}`);
    expect(new URL(link).search).toBe('');
  });

  it('fits a QR code of version ≤ 10 at error correction M, with a long origin and every field at its longest, dates included', () => {
    const max: LabValues = { ast: 49_999.9, alt: 49_999.9, ggt: 19_999.9, albumin: 6.99, platelets: 199.99, age: 119.9 };
    // The longest date: December 2200 is month 3611 = "2sb", three base-36 digits like any other.
    const date: YearMonth = { year: 2200, month: 12 };
    for (const earlier of [
      [max, max],
      [
        { ...max, date },
        { ...max, date },
      ],
    ]) {
      const link = shareLink('https://kenshin.saito-naika-clinic.example.co.jp', '/liver-checkup/', { ...FULL, today: max, earlier });
      expect(link.length).toBeLessThanOrEqual(213); // byte capacity of 10-M
      expect(encodeQr(link, { ecc: 'M' }).version).toBeLessThanOrEqual(10);
    }
  });
});

describe('decodeFragment', () => {
  const good = encodeFragment(FULL);

  it('accepts the fragment with or without "#"', () => {
    expect(decoded(good)).toEqual(FULL);
    expect(decoded(good.slice(1))).toEqual(FULL);
  });

  it('opens a link made before dates (version 1): the same result, no dates', () => {
    expect(decoded(OLD_LINK)).toEqual(FULL);
    expect(decoded(withCheck('r=1exxx1-.64....-.5k....'))).toEqual({ lang: 'en', today: { alt: 22 }, earlier: [{ alt: 20 }] });
  });

  it.each([
    ['leading zero', 'r=2exxx1-.64....-.5k.....015v'],
    ['four digits', 'r=2exxx1-.64....-.5k.....1000'],
    ['after December 2200', 'r=2exxx1-.64....-.5k.....2sc'],
    ['far beyond', 'r=2exxx1-.64....-.5k.....zzz'],
    ['a date on today\'s checkup', 'r=2exxx1-.64.....15v-.5k.....15v'],
    ['no date part in version 2', 'r=2exxx1-.64....-.5k....'],
    ['a date part in version 1', 'r=1exxx1-.64....-.5k.....15v'],
    ['two date parts', 'r=2exxx1-.64....-.5k.....15v.15v'],
  ])('reports a bad date (%s) as malformed, even with a valid check: no values at all', (_, body) => {
    expect(reason(withCheck(body))).toBe('malformed');
  });

  it('reports a newer version as futureVersion, before looking at the rest', () => {
    expect(reason('#r=3whatever')).toBe('futureVersion');
    expect(reason(good.replace('r=1', 'r=9'))).toBe('futureVersion');
  });

  it.each([
    ['', 'truncated'],
    ['#', 'truncated'],
    ['#r', 'truncated'],
    ['#r=', 'truncated'],
    ['#x=1exxx0', 'malformed'],
    ['#r=0exxx0-.....-00000', 'malformed'],
    ['#r=a', 'malformed'],
    ['#R=1exxx0', 'malformed'],
    ['#r=1exxx0-.....-0000%', 'malformed'],
    ['#r=1EXXX0-.....-00000', 'malformed'],
    ['#r=1exxx0 -.....-00000', 'malformed'],
  ])('%j → %s', (hash, expected) => {
    expect(reason(hash)).toBe(expected);
  });

  it('reports every cut of a valid fragment as truncated or tampered, never ok', () => {
    for (let end = 1; end < good.length; end++) {
      expect(['truncated', 'tampered']).toContain(reason(good.slice(0, end)));
    }
    // The check itself cut short, or a whole earlier checkup dropped.
    expect(reason(good.slice(0, -1))).toBe('truncated');
    expect(reason(good.slice(0, good.lastIndexOf('-')))).toBe('truncated');
  });

  it('reports a changed digit as tampered', () => {
    const i = good.indexOf('-') + 1; // first character of today's AST
    const flipped = good.slice(0, i) + (good[i] === '1' ? '2' : '1') + good.slice(i + 1);
    expect(reason(flipped)).toBe('tampered');
    expect(reason(good.replace('jnpf', 'jnnf'))).toBe('tampered'); // hcvAb positive → negative
  });

  it('reports extra parts, a long check or unknown codes as malformed', () => {
    expect(reason(`${good}x`)).toBe('malformed');
    expect(reason(`${good}-00000`)).toBe('malformed');
    expect(reason(withCheck('r=1exxx3-.....-.....-.....-.....'))).toBe('malformed'); // 3 earlier
    expect(reason(withCheck('r=1qxxx0-.....'))).toBe('malformed'); // language
    expect(reason(withCheck('r=1ezxx0-.....'))).toBe('malformed'); // hbsAg
    expect(reason(withCheck('r=1exzx0-.....'))).toBe('malformed'); // hcvAb
    expect(reason(withCheck('r=1exxz0-.....'))).toBe('malformed'); // ultrasound
    expect(reason(withCheck('r=1exxx0-....'))).toBe('malformed'); // five values
    expect(reason(withCheck('r=1exxx0-......'))).toBe('malformed'); // seven values
    expect(reason(withCheck('r=1exxx0-0c.....'))).toBe('malformed'); // leading zero
    expect(reason(withCheck('r=1exxx0x-.....'))).toBe('malformed'); // long header
  });

  it('reports a value outside the plausibility limits as outOfRange, even with a valid check', () => {
    const cases: [keyof typeof SCALE, number][] = [
      ['ast', 0.9],
      ['alt', 50_000.1],
      ['ggt', 20_000.1],
      ['albumin', 0.49],
      ['albumin', 7.01],
      ['platelets', 0.09],
      ['platelets', 200.01],
      ['age', 17.9],
      ['age', 120.1],
    ];
    const order = ['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const;
    for (const [key, value] of cases) {
      const tokens = order.map((k) => (k === key ? Math.round(value * SCALE[k]).toString(36) : ''));
      expect({ key, value, reason: reason(withCheck(`r=1exxx0-${tokens.join('.')}`)) }).toEqual({ key, value, reason: 'outOfRange' });
    }
    expect(reason(withCheck('r=1exxx0-zzzzzzzzzzzz.....'))).toBe('outOfRange');
    // In an earlier checkup too: the whole result is refused, not the rest filled.
    expect(reason(withCheck('r=1exxx1-.dw....-.....c')))
      .toBe('outOfRange'); // earlier age 1.2
  });

  it('never throws on a non-string', () => {
    expect(reason(undefined as unknown as string)).toBe('malformed');
    expect(reason(42 as unknown as string)).toBe('malformed');
  });

  it('isSharedFragment recognises only "#r=…"', () => {
    expect(isSharedFragment(good)).toBe(true);
    expect(isSharedFragment('r=1')).toBe(true);
    expect(isSharedFragment('')).toBe(false);
    expect(isSharedFragment('#main')).toBe(false);
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

type Key = keyof typeof SCALE;
const onGrid = (key: Key) => {
  const { min, max } = PLAUSIBILITY[key];
  return fc.integer({ min: Math.round(min * SCALE[key]), max: Math.round(max * SCALE[key]) }).map((n) => n / SCALE[key]);
};
const checkup = fc.record(
  { ast: onGrid('ast'), alt: onGrid('alt'), ggt: onGrid('ggt'), albumin: onGrid('albumin'), platelets: onGrid('platelets'), age: onGrid('age') },
  { requiredKeys: [] },
);
const yearMonth: fc.Arbitrary<YearMonth> = fc.record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) });
const earlierCheckup = fc
  .tuple(checkup, fc.option(yearMonth, { nil: undefined }))
  .map(([values, date]) => (date ? { ...values, date } : values));
const sharedResult: fc.Arbitrary<SharedResult> = fc
  .record({
    lang: fc.constantFrom('en' as const, 'ja' as const),
    today: checkup,
    earlier: fc.array(earlierCheckup, { maxLength: 2 }),
    hbsAg: fc.option(fc.constantFrom(...MARKER_RESULTS), { nil: undefined }),
    hcvAb: fc.option(fc.constantFrom(...MARKER_RESULTS), { nil: undefined }),
    ultrasound: fc.option(fc.constantFrom(...ULTRASOUND_RESULTS), { nil: undefined }),
  })
  .map((r) => {
    const out: SharedResult = { lang: r.lang, today: r.today, earlier: r.earlier };
    if (r.hbsAg) out.hbsAg = r.hbsAg;
    if (r.hcvAb) out.hcvAb = r.hcvAb;
    if (r.ultrasound) out.ultrasound = r.ultrasound;
    return out;
  });

describe('properties', () => {
  it('decode(encode(r)) = r for every result on the link grid', () => {
    fc.assert(
      fc.property(sharedResult, (r) => {
        expect(decodeFragment(encodeFragment(r))).toEqual({ ok: true, result: r });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and never answers ok for random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'r=1ejnpxfc012.-#abz9'.split('')) })), (text) => {
        const d = decodeFragment(text);
        expect(typeof d.ok).toBe('boolean');
        if (d.ok) expect(decodeFragment(encodeFragment(d.result))).toEqual(d); // only a real fragment decodes
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses every single-character change, insertion or deletion of a valid fragment', () => {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz.-=#%';
    const mutated = fc
      .tuple(sharedResult, fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom(...alphabet.split('')))
      .map(([r, at, how, ch]) => {
        const f = encodeFragment(r);
        const i = 1 + (at % (f.length - 1)); // keep the "#"
        const m = how === 'replace' ? f.slice(0, i) + ch + f.slice(i + 1) : how === 'insert' ? f.slice(0, i) + ch + f.slice(i) : f.slice(0, i) + f.slice(i + 1);
        return { f, m };
      })
      .filter(({ f, m }) => f !== m);
    fc.assert(
      fc.property(mutated, ({ m }) => {
        const d = decodeFragment(m);
        expect(d.ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses every cut of a valid fragment', () => {
    fc.assert(
      fc.property(sharedResult, fc.nat(), (r, at) => {
        const f = encodeFragment(r);
        const cut = f.slice(0, at % f.length);
        expect(decodeFragment(cut).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
