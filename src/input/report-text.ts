// Text of a checkup report (pasted from a phone's text recognition, or read from a photo) → the
// liver rows, their columns (今回 / 前回 / 前々回), units and age. Shared by the paste and photo
// paths. Never guesses: a value it cannot place for sure is returned as unsure and left empty.
import { EARLIER_FIELD_IDS, type EarlierFieldId } from './earlier';
import type { AlbuminUnit, PlateletUnit } from './fields';
import { parseNumber } from './parse-number';

export type ReportField = EarlierFieldId;
export const REPORT_FIELDS: readonly ReportField[] = EARLIER_FIELD_IDS;

/** One value as read: `text` is the number as printed (ASCII digits), '' when not read for sure. */
export interface ReadCell {
  text: string;
  sure: boolean;
  /** The printed H/L flag next to the value, when there was one. */
  flag?: 'H' | 'L';
}

export interface ReportRow {
  /** The label as printed (normalised to ASCII where it was full-width). */
  label: string;
  /** Current-first: [今回, 前回, 前々回], as many as the report has columns. */
  cells: ReadCell[];
  /** Reference range printed on the row, when there was one. */
  range?: { low?: number; high?: number };
}

export type ColumnOrder = 'newestFirst' | 'oldestFirst' | 'unknown';

export interface ReportReading {
  rows: Partial<Record<ReportField, ReportRow>>;
  /** 1 to 3. */
  columnCount: number;
  /** How the printed columns were ordered; cells are always returned current-first. */
  order: ColumnOrder;
  /** Year-month ("2024-09") of each column, current-first, when printed. */
  dates: (string | undefined)[];
  units: { platelets?: PlateletUnit; albumin?: AlbuminUnit };
  age?: ReadCell & { label: string };
}

// ---------------------------------------------------------------------------------------------
// Normalising

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** Full-width ASCII → ASCII, dashes → '-', waves → '~', micro signs → µ, ideographic space → ' '. */
export function normaliseReportText(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\ufe63\u30fc\uff70]/g, (c, offset: number, whole: string) =>
      // ー (long vowel) is only a dash between Latin letters or digits (γ－ＧＴＰ read as γーGTP)
      (c === '\u30fc' || c === '\uff70') && !/[A-Za-zγ0-9]/.test(whole.charAt(offset - 1) + whole.charAt(offset + 1)) ? c : '-',
    )
    .replace(/[\u301c\u223c]/g, '~')
    .replace(/[\u03bc]/g, '\u00b5')
    .replace(/\u3000/g, ' ')
    .replace(/[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}

// ---------------------------------------------------------------------------------------------
// Labels

interface LabelPattern {
  field: ReportField;
  re: RegExp;
}

// Most specific first. `(?![A-Za-z/])` keeps AST/ALT比, ALP, Albumin/Globulin ratio out.
const G = '[γyrYɤャヤッァヶ]'; // γ as printed, and as text recognition often reads it
const LABELS: readonly LabelPattern[] = [
  { field: 'ast', re: /(?<![A-Za-z])(?:AST\s*\(?\s*G[A-Z0-9]{1,3}\s*\)?|GOT\s*\(?\s*AST\s*\)?|AST|GOT)(?![A-Za-z/]|\s*\/\s*ALT)/i },
  { field: 'alt', re: /(?<![A-Za-z])(?:ALT\s*\(?\s*G[A-Z0-9]{1,3}\s*\)?|GPT\s*\(?\s*ALT\s*\)?|ALT|GPT)(?![A-Za-z/])/i },
  {
    field: 'ggt',
    re: new RegExp(`(?<![A-Za-z])(?:${G}{1,2}\\s*[-ー]?\\s*GTP?(?:\\s*\\(\\s*${G}{0,2}\\s*-?\\s*GTP?\\s*\\))?|GGT)(?![A-Za-z/])`, 'i'),
  },
  { field: 'albumin', re: /(?:アルブミン(?:\s*\(\s*ALB\s*\))?|(?<![A-Za-z])(?:Albumin|ALB)(?![A-Za-z]))(?!\s*[/比]|\s*グロブリン)/i },
  { field: 'platelets', re: /(?:血小板数?|(?<![A-Za-z])(?:PLT|Platelets?)(?![A-Za-z]))/i },
];

export interface LabelHit {
  field: ReportField;
  index: number;
  end: number;
  label: string;
}

/** The liver labels on one line of text (normalised), left to right. */
export function findLabels(line: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const { field, re } of LABELS) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of line.matchAll(global)) {
      const index = m.index;
      const end = index + m[0].length;
      // A ratio (AST/ALT比, A/G比) is not a value row.
      if (/^\s*(?:比|ratio)/i.test(line.slice(end))) continue;
      if (hits.some((h) => index < h.end && end > h.index)) continue;
      hits.push({ field, index, end, label: m[0].trim() });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// Units, ranges, dates, flags

const PLATELET_UNITS: readonly [RegExp, PlateletUnit][] = [
  [/万\s*\/\s*[µu]l|(?:[×xX*]\s*)?10\s*(?:\^|\*\*)?\s*4\s*\/\s*[µu]l/i, 'e4PerUl'],
  [/(?:[×xX*]\s*)?10\s*(?:\^|\*\*)?\s*3\s*\/\s*[µu]l|K\s*\/\s*[µu]l|(?:[×xX*]\s*)?10\s*(?:\^|\*\*)?\s*9\s*\/\s*L/i, 'e3PerUl'],
  [/(?<![0-9])\/\s*[µu]l/i, 'perUl'],
];
const ALBUMIN_UNITS: readonly [RegExp, AlbuminUnit][] = [
  [/g\s*\/\s*dl/i, 'gPerDl'],
  [/g\s*\/\s*l(?![a-z])/i, 'gPerL'],
];
const OTHER_UNITS = /(?:I?U\s*\/\s*L|mg\s*\/\s*dl|%)/gi;
const ALL_UNITS = new RegExp(
  [...PLATELET_UNITS.map(([re]) => re.source), ...ALBUMIN_UNITS.map(([re]) => re.source), OTHER_UNITS.source].join('|'),
  'gi',
);

const NUM = String.raw`\d+(?:\.\d+)?`;
const RANGE = new RegExp(
  String.raw`(${NUM})\s*[-~]\s*(${NUM})|(?:[≦≤<~]=?)\s*(${NUM})|(${NUM})\s*(?:以下|未満)|(?:[≧≥>]=?)\s*(${NUM})|(${NUM})\s*(?:以上|~)`,
  'g',
);

// 2025/10/04, 2025-10-04, 2025.10.4, 2025年10月4日, 2025/10; 令和7年10月4日, R7.10.4
const DATE = /(?:(19|20)(\d{2})\s*(?:[/.-]|年)\s*(\d{1,2})(?:\s*(?:[/.-]|月)\s*(\d{1,2})\s*日?)?\s*月?|(?:令和|R)\s*(\d{1,2})\s*(?:[/.-]|年)\s*(\d{1,2})(?:\s*(?:[/.-]|月)\s*(\d{1,2})\s*日?)?)/g;

function yearMonthOf(m: RegExpMatchArray): string | undefined {
  const year = m[1] !== undefined ? Number(m[1] + m[2]) : 2018 + Number(m[5]);
  const month = Number(m[1] !== undefined ? m[3] : m[6]);
  if (!(month >= 1 && month <= 12) || year < 1950 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const FLAG_WORD = /^(?:H|L|HH|LL|\*+|↑|↓|[・•]|[A-F][12]?)$/;
const PLACEHOLDER = /^(?:-+|\/|未|なし|未実施|—)$/;
const HEADER_WORDS = /今回|前回|前々回|前前回|基準値|判定|単位|検査項目|項目|current|previous|reference/i;

type Token =
  | { kind: 'value'; text: string; value: number; flag?: 'H' | 'L' }
  | { kind: 'unreadable' }
  | { kind: 'placeholder' };

/** One chunk between spaces: a value (with an H/L flag stuck to it), a placeholder, or noise. */
function tokenOf(chunk: string): Token | 'flag' | 'H' | 'L' | 'word' {
  if (FLAG_WORD.test(chunk)) return chunk === 'H' || chunk === 'L' || chunk === '↑' || chunk === '↓' ? (chunk === '↓' || chunk === 'L' ? 'L' : 'H') : 'flag';
  if (PLACEHOLDER.test(chunk)) return { kind: 'placeholder' };
  const m = /^(?:\*+)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(H|L|\*+|↑|↓|[・•])?$/.exec(chunk);
  if (m?.[1] !== undefined) {
    const parsed = parseNumber(m[1]);
    if (parsed.ok) {
      const suffix = m[2];
      const flag = suffix === 'H' || suffix === '↑' ? 'H' : suffix === 'L' || suffix === '↓' ? 'L' : undefined;
      return { kind: 'value', text: String(parsed.value), value: parsed.value, ...(flag ? { flag } : {}) };
    }
  }
  return /\d/.test(chunk) ? { kind: 'unreadable' } : 'word';
}

// ---------------------------------------------------------------------------------------------
// Segments: a label and the tokens after it (on its line, and on lines below until the next label)

interface Segment {
  field: ReportField | undefined; // undefined: another analyte's row
  label: string;
  tokens: Token[];
  units: string[];
  range?: { low?: number; high?: number };
  /** Tokens that came from lines below the label (Live Text order). */
  fromBelow: number;
}

interface Scan {
  segments: Segment[];
  dateLines: string[][];
  headerOrder: ColumnOrder;
  headerColumns: number;
  ages: { value: number; label: string }[];
}

function stripAll(text: string, seg: Segment | undefined): string {
  let rest = text;
  rest = rest.replace(ALL_UNITS, (u) => {
    seg?.units.push(u);
    return ' ';
  });
  rest = rest.replace(RANGE, (...m: (string | undefined)[]) => {
    if (seg) {
      const low = m[1] ?? m[5] ?? m[6];
      const high = m[2] ?? m[3] ?? m[4];
      seg.range = { ...(low !== undefined ? { low: Number(low) } : {}), ...(high !== undefined ? { high: Number(high) } : {}) };
    }
    return ' ';
  });
  return rest;
}

/**
 * Adds the values of `text` to the segment. A word after a value ends the row (a second panel's
 * label, a comment): the rest is not this row's.
 */
function addTokens(seg: Segment, text: string, below: boolean): void {
  const chunks = stripAll(text, seg)
    .replace(/[()[\]|:：、]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let seen = false;
  for (const chunk of chunks) {
    const token = tokenOf(chunk);
    if (token === 'word') {
      // A word after a value ends the row; before any value it is the unit or debris.
      if (seen) break;
      continue;
    }
    if (token === 'flag') continue;
    if (token === 'H' || token === 'L') {
      const last = seg.tokens.at(-1);
      if (last?.kind === 'value' && !last.flag) last.flag = token;
      continue;
    }
    seg.tokens.push(token);
    seen = true;
    if (below) seg.fromBelow++;
  }
}

const AGE = /(?:年齢|Age)\s*[:：]?\s*(\d{1,3})\s*(?:歳|才|years?)?|(\d{1,3})\s*(?:歳|才)/gi;

function scan(text: string): Scan {
  const lines = normaliseReportText(text).split(/\r?\n/);
  const segments: Segment[] = [];
  const dateLines: string[][] = [];
  const ages: Scan['ages'] = [];
  let headerOrder: ColumnOrder = 'unknown';
  let headerColumns = 0;
  let current: Segment | undefined;

  for (const rawLine of lines) {
    let line = rawLine;
    for (const m of line.matchAll(AGE)) {
      const value = Number(m[1] ?? m[2]);
      ages.push({ value, label: m[0].trim() });
    }
    line = line.replace(AGE, ' ');
    // Dates: a header line with two or more gives the column order.
    const dates: string[] = [];
    line = line.replace(DATE, (...m) => {
      const ym = yearMonthOf(m as unknown as RegExpMatchArray);
      if (ym) dates.push(ym);
      return ' ';
    });
    if (dates.length > 0) dateLines.push(dates);
    // Headers: 今回 / 前回 / 前々回 in printed order.
    const positions = [/今回|current|this time/i, /前回(?!.*前々回)|(?<!前々)前回|previous|last time/i, /前々回|前前回/]
      .map((re) => re.exec(line)?.index ?? -1);
    const found = positions.filter((p) => p >= 0).length;
    if (found >= 2 && positions[0] !== undefined && positions[0] >= 0) {
      headerColumns = Math.max(headerColumns, found);
      const others = positions.slice(1).filter((p) => p >= 0);
      headerOrder = others.every((p) => p > positions[0]!) ? 'newestFirst' : others.every((p) => p < positions[0]!) ? 'oldestFirst' : 'unknown';
    }

    const hits = findLabels(line);
    if (hits.length === 0) {
      const stripped = stripAll(line, undefined).trim();
      if (stripped === '') {
        if (current) stripAll(line, current); // a unit or range on a line of its own
        continue;
      }
      if (HEADER_WORDS.test(line) && !/\d/.test(stripped)) {
        current = undefined;
        continue;
      }
      if (current) {
        const startsWithWord = addTokensProbe(line);
        if (startsWithWord) {
          // Another analyte's label (総蛋白, ALP …): it takes the values below it.
          current = { field: undefined, label: stripped, tokens: [], units: [], fromBelow: 0 };
          segments.push(current);
          addTokens(current, line.replace(/^\s*\S+/, ''), false);
        } else addTokens(current, line, true);
      } else if (addTokensProbe(line)) {
        current = { field: undefined, label: stripped, tokens: [], units: [], fromBelow: 0 };
        segments.push(current);
        addTokens(current, line.replace(/^\s*\S+/, ''), false);
      }
      continue;
    }
    // Text before the first label (a category such as 肝機能, or another panel) is not ours.
    hits.forEach((hit, i) => {
      const seg: Segment = { field: hit.field, label: hit.label, tokens: [], units: [], fromBelow: 0 };
      segments.push(seg);
      current = seg;
      addTokens(seg, line.slice(hit.end, hits[i + 1]?.index ?? line.length), false);
    });
  }
  return { segments, dateLines, headerOrder, headerColumns, ages };
}

/** Whether a line starts with a word (another analyte's name) rather than a value. */
function addTokensProbe(line: string): boolean {
  const first = stripAll(line, undefined).replace(/[()[\]|:：、]/g, ' ').trim().split(/\s+/)[0];
  if (first === undefined || first === '') return false;
  if (HEADER_WORDS.test(first)) return false;
  return tokenOf(first) === 'word';
}

// ---------------------------------------------------------------------------------------------
// Putting values into columns

/** Loose typical ranges, any unit the report may print: used to tell Live Text layouts apart. */
function fitsField(field: ReportField | undefined, value: number): boolean {
  switch (field) {
    case undefined:
      return true;
    case 'albumin':
      return (value >= 1 && value <= 6.5) || (value >= 10 && value <= 65);
    case 'platelets':
      return value >= 0.5 && value <= 2000;
    default:
      return Number.isInteger(value) && value >= 1 && value <= 50_000;
  }
}

/**
 * Live Text often gives labels first and the values after them, row by row or column by column.
 * A run of labels with no values, followed by values under the last one, is spread over the run;
 * if both orders fit (or neither does) the values are unsure.
 */
function redistribute(segments: Segment[]): void {
  for (let i = 0; i < segments.length; i++) {
    let j = i;
    while (j < segments.length - 1 && segments[j]!.tokens.length === 0) j++;
    const run = segments.slice(i, j + 1);
    const last = segments[j]!;
    if (run.length < 2 || last.fromBelow === 0 || last.fromBelow !== last.tokens.length) {
      i = j;
      continue;
    }
    const k = run.length;
    const n = last.tokens.length;
    if (n % k !== 0 || n / k > 3) {
      for (const seg of run) seg.tokens = seg.field ? [{ kind: 'unreadable' }] : [];
      i = j;
      continue;
    }
    const c = n / k;
    const tokens = last.tokens;
    const layouts = [
      run.map((_, r) => tokens.slice(r * c, r * c + c)), // row by row
      run.map((_, r) => Array.from({ length: c }, (_, col) => tokens[col * k + r]!)), // column by column
    ];
    const fits = layouts.map((layout) =>
      layout.every((cells, r) => cells.every((t) => t.kind !== 'value' || fitsField(run[r]!.field, t.value))),
    );
    const same = c === 1 || JSON.stringify(layouts[0]) === JSON.stringify(layouts[1]);
    const choice = same ? 0 : fits[0] && !fits[1] ? 0 : fits[1] && !fits[0] ? 1 : -1;
    run.forEach((seg, r) => {
      seg.tokens = choice >= 0 ? layouts[choice]![r]! : Array.from({ length: c }, () => ({ kind: 'unreadable' as const }));
      seg.fromBelow = 0;
    });
    i = j;
  }
}

function unitsOf(segments: Segment[]): ReportReading['units'] {
  const units: ReportReading['units'] = {};
  for (const seg of segments) {
    const text = seg.units.join(' ');
    if (seg.field === 'platelets') {
      const found = PLATELET_UNITS.find(([re]) => re.test(text));
      if (found) units.platelets = found[1];
    }
    if (seg.field === 'albumin') {
      const found = ALBUMIN_UNITS.find(([re]) => re.test(text));
      if (found) units.albumin = found[1];
    }
  }
  return units;
}

/** A value that disagrees with its own printed H/L flag and range was misread. */
function agreesWithFlag(token: { value: number; flag?: 'H' | 'L' }, range: Segment['range']): boolean {
  if (!range || !token.flag) return true;
  if (token.flag === 'H') return range.high === undefined || token.value > range.high;
  return range.low === undefined || token.value < range.low;
}

/** Parses report text; see the module comment. Always returns a reading (maybe with no rows). */
export function parseReportText(text: string): ReportReading {
  const { segments, dateLines, headerOrder, headerColumns, ages } = scan(text);
  redistribute(segments);
  const own = segments.filter((s): s is Segment & { field: ReportField } => s.field !== undefined);

  // Column count: the header's, else the most common number of values on a row.
  const counts = own.map((s) => s.tokens.length).filter((n) => n > 0 && n <= 3);
  const headerDates = dateLines.filter((d) => d.length >= 2 && d.length <= 3);
  const mode = counts.length ? counts.sort((a, b) => counts.filter((n) => n === b).length - counts.filter((n) => n === a).length)[0]! : 1;
  const columnCount = Math.min(3, Math.max(1, headerColumns || Math.max(headerDates[0]?.length ?? 0, mode)));

  // Order: from the header words, else from the header dates.
  let order: ColumnOrder = headerOrder;
  const dates = headerDates[0];
  if (order === 'unknown' && dates) {
    const sorted = [...dates].sort();
    if (dates.join() === sorted.join() && new Set(dates).size === dates.length) order = 'oldestFirst';
    else if (dates.join() === [...sorted].reverse().join() && new Set(dates).size === dates.length) order = 'newestFirst';
  }
  if (columnCount === 1) order = 'newestFirst';
  const toCurrentFirst = <T>(list: T[]): T[] => (order === 'oldestFirst' ? [...list].reverse() : list);

  const rows: ReportReading['rows'] = {};
  for (const seg of own) {
    // A label again without values (a doctor's comment naming AST) changes nothing.
    if (rows[seg.field] && seg.tokens.length === 0) continue;
    if (rows[seg.field] && rows[seg.field]!.cells.every((c) => c.text === '' && !c.sure) && own.filter((o) => o.field === seg.field && o.tokens.length > 0).length === 1) delete rows[seg.field];
    if (rows[seg.field]) {
      // The same analyte twice with values: keep neither reading as sure.
      rows[seg.field] = { ...rows[seg.field]!, cells: rows[seg.field]!.cells.map(() => ({ text: '', sure: false })) };
      continue;
    }
    const fits = seg.tokens.length === columnCount;
    const cells: ReadCell[] = toCurrentFirst(
      Array.from({ length: columnCount }, (_, i): ReadCell => {
        const token = fits ? seg.tokens[i] : undefined;
        if (token?.kind === 'placeholder') return { text: '', sure: true };
        if (token?.kind !== 'value' || !fitsField(seg.field, token.value) || !agreesWithFlag(token, seg.range))
          return { text: '', sure: false };
        return { text: token.text, sure: true, ...(token.flag ? { flag: token.flag } : {}) };
      }),
    );
    // One row is printed in one unit: albumin 4.4 beside 44 (or platelets 17.9 beside 179) means a
    // decimal point was lost somewhere, and which one is right cannot be told.
    const magnitudes = new Set(cells.filter((c) => c.text !== '').map((c) => Number(c.text) >= (seg.field === 'platelets' ? 100 : 10)));
    if ((seg.field === 'albumin' || seg.field === 'platelets') && magnitudes.size > 1) cells.fill({ text: '', sure: false });
    rows[seg.field] = { label: seg.label, cells, ...(seg.range ? { range: seg.range } : {}) };
  }

  const reading: ReportReading = {
    rows,
    columnCount,
    order,
    dates: dates && dates.length === columnCount ? toCurrentFirst(dates) : [],
    units: unitsOf(own),
  };
  const age = ageOf(ages);
  if (age) reading.age = age;
  return reading;
}

/**
 * Today's age: one age printed, or several that can be one person's over up to three yearly
 * checkups (today's is the highest). Anything else is unsure.
 */
function ageOf(ages: Scan['ages']): ReportReading['age'] {
  if (ages.length === 0) return undefined;
  const values = ages.map((a) => a.value);
  const max = Math.max(...values);
  const label = ages.find((a) => a.value === max)!.label;
  const sure = max >= 18 && max <= 120 && values.every((v) => max - v <= 3);
  return sure ? { text: String(max), sure: true, label } : { text: '', sure: false, label };
}

/** Whether the reading found anything at all. */
export function hasLiverRows(reading: ReportReading): boolean {
  return Object.keys(reading.rows).length > 0;
}
