// A photo of a report → a reading in which every filled value has independent evidence.
//
//  1. find the paper, undo its perspective, flatten the light (prepare.ts), erase the table rules;
//  2. one pass of the Japanese model over the page finds the liver rows, the column headers
//     (今回 / 前回 / 前々回 / 結果) and their x positions, units and reference ranges;
//  3. each value cell (row band × column) is cut out and read again, digits only, enlarged;
//  4. a value is kept only when the page pass and the cell re-read agree AND it is printed the way
//     the report prints that analyte (decimals for the unit), is typical for that analyte, and its
//     H/L flag agrees with the printed reference range. Everything else is left empty.
import { checkField } from '../input/check-field';
import type { UnitId } from '../input/fields';
import {
  findLabels,
  normaliseReportText,
  parseReportText,
  type ReadCell,
  type ReportField,
  type ReportReading,
  type ReportRow,
} from '../input/report-text';
import { crop, resize, type Gray } from './image';
import type { PhotoStage } from './photo-file';
import { findPaper, flattenLight, warpPaper, type Rgb } from './prepare';
import type { Ocr, OcrLine, OcrWord } from './tesseract-ocr';

/** Photos are downscaled to this longer side before anything else (memory, time). */
export const WORK_SIDE = 1600;

export interface ReaderOptions {
  signal?: AbortSignal;
  onProgress?: (stage: PhotoStage, progress: number) => void;
  /** Benchmark only: what was read where. */
  debug?: (message: string) => void;
}

/** Erases long straight dark runs (table rules): Tesseract reads them as | and ー and loses rows. */
export function eraseRules(page: Gray): Gray {
  const { width, height } = page;
  const data = Uint8Array.from(page.data);
  const dark = (v: number) => v < 190;
  const minH = Math.round(width * 0.05);
  const minV = Math.round(height * 0.025);
  // A rule is thin: a few pixels above or below it the page is light. A shaded band is not a rule.
  const thinH = (y: number, x0: number, x1: number) => {
    let above = 0;
    let below = 0;
    for (let x = x0; x < x1; x++) {
      if (y >= 4 && dark(page.data[(y - 4) * width + x]!)) above++;
      if (y < height - 4 && dark(page.data[(y + 4) * width + x]!)) below++;
    }
    return above < (x1 - x0) * 0.5 || below < (x1 - x0) * 0.5;
  };
  const thinV = (x: number, y0: number, y1: number) => {
    let left = 0;
    let right = 0;
    for (let y = y0; y < y1; y++) {
      if (x >= 4 && dark(page.data[y * width + x - 4]!)) left++;
      if (x < width - 4 && dark(page.data[y * width + x + 4]!)) right++;
    }
    return left < (y1 - y0) * 0.5 || right < (y1 - y0) * 0.5;
  };
  // Horizontal: solid rules, and dashed or dotted ones (gaps of up to 4 px bridged) that run
  // across a third of the page, which no line of text does.
  const minDashed = Math.round(width * 0.33);
  for (let y = 0; y < height; y++) {
    let start = -1;
    let lastDark = -1;
    let darkCount = 0;
    const row = y * width;
    for (let x = 0; x <= width; x++) {
      const d = x < width && dark(page.data[row + x]!);
      if (d) {
        if (start < 0) start = x;
        if (lastDark >= 0 && x - lastDark > 1 && x - lastDark <= 5) {
          // bridged gap: part of a dashed run
        } else if (lastDark >= 0 && x - lastDark > 5) {
          if (lastDark + 1 - start >= minDashed && darkCount > (lastDark + 1 - start) * 0.4 && thinH(y, start, lastDark + 1))
            for (let k = start; k <= lastDark; k++) data[row + k] = 255;
          start = x;
          darkCount = 0;
        }
        darkCount++;
        lastDark = x;
      }
      if (x === width && start >= 0 && lastDark + 1 - start >= minDashed && darkCount > (lastDark + 1 - start) * 0.4 && thinH(y, start, lastDark + 1))
        for (let k = start; k <= lastDark; k++) data[row + k] = 255;
    }
    // Solid runs.
    let s0 = -1;
    for (let x = 0; x <= width; x++) {
      const d = x < width && dark(page.data[row + x]!);
      if (d && s0 < 0) s0 = x;
      if (!d && s0 >= 0) {
        if (x - s0 >= minH && thinH(y, s0, x)) data.fill(255, row + s0, row + x);
        s0 = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const d = y < height && dark(page.data[y * width + x]!);
      if (d && start < 0) start = y;
      if (!d && start >= 0) {
        if (y - start >= minV && thinV(x, start, y)) for (let k = start; k < y; k++) data[k * width + x] = 255;
        start = -1;
      }
    }
  }
  return { width, height, data };
}

/**
 * The print around a word on its line: the word's box widened left and right while ink follows
 * with gaps narrower than a character (a digit the page pass lost, a flag), never past the limits
 * (the neighbouring columns), and not into a gap as wide as the text is high (the next column).
 */
function inkSpan(page: Gray, box: OcrWord['bbox'], left: number, right: number): { x0: number; x1: number } {
  const y0 = Math.max(0, Math.round(box.y0));
  const y1 = Math.min(page.height, Math.round(box.y1));
  const h = Math.max(4, y1 - y0);
  const inked = (x: number) => {
    if (x < 0 || x >= page.width) return false;
    let n = 0;
    for (let y = y0; y < y1; y++) if (page.data[y * page.width + x]! < 128) n++;
    return n >= 1;
  };
  const maxGap = h * 0.7;
  let x1 = Math.round(box.x1);
  for (let x = x1, gap = 0; x < right && gap <= maxGap; x++) {
    if (inked(x)) {
      x1 = x + 1;
      gap = 0;
    } else gap++;
  }
  let x0 = Math.round(box.x0);
  for (let x = x0 - 1, gap = 0; x >= left && gap <= maxGap; x--) {
    if (inked(x)) {
      x0 = x;
      gap = 0;
    } else gap++;
  }
  return { x0, x1 };
}

interface Panel {
  /** Columns in printed order: key 0 = 今回 (or 結果), 1 = 前回, 2 = 前々回; x = centre. */
  columns: { key: number; x: number }[];
}

function centre(word: OcrWord): number {
  return (word.bbox.x0 + word.bbox.x1) / 2;
}

/**
 * Column headers, from the first line that prints them: 今回 (or 結果 on one-column reports), 前回,
 * 前々回. Two tables side by side give two panels. The key says which checkup, whatever the order.
 */
export function findPanels(lines: OcrLine[]): Panel[] {
  for (const line of lines) {
    // The line as one string without spaces, each character knowing its word.
    let text = '';
    const owner: OcrWord[] = [];
    for (const word of line.words) {
      const t = normaliseReportText(word.text).replace(/\s+/g, '');
      text += t;
      for (let i = 0; i < t.length; i++) owner.push(word);
    }
    if (/報告|通知/.test(text)) continue;
    const heads: { key: number; x: number }[] = [];
    const oneColumn = /(?:項目|単位|基準)/.test(text);
    // 回 in a thin Mincho face is often read as 同 or 囲.
    for (const m of text.matchAll(/前[々前][回同囲]|前[回同囲]|今[回同囲]|結果/g)) {
      if (m[0] === '結果' && !oneColumn) continue;
      const words = owner.slice(m.index, m.index + m[0].length);
      const x = (Math.min(...words.map((w) => w.bbox.x0)) + Math.max(...words.map((w) => w.bbox.x1))) / 2;
      heads.push({ key: m[0].length === 3 ? 2 : m[0].startsWith('前') ? 1 : 0, x });
    }
    const currents = heads.filter((h) => h.key === 0);
    if (currents.length === 0) continue;
    // Where a table starts (its 項目): two tables side by side are split there, and a header never
    // joins the 今回 of the other table (a 前回 whose own 今回 was not read is dropped, not lent).
    const starts = [...text.matchAll(/項目/g)].map((m) => owner[m.index]!.bbox.x0).sort((a, b) => a - b);
    const table = (x: number) => starts.filter((s) => s <= x).length;
    // Each header goes to the nearest 今回 of its table; a panel may not hold the same checkup twice.
    const panels: Panel[] = currents.map((c) => ({ columns: [c] }));
    for (const h of heads.filter((h) => h.key !== 0)) {
      const mine = currents.filter((c) => table(c.x) === table(h.x));
      if (mine.length === 0) continue;
      const nearest = mine.reduce((best, c) => (Math.abs(c.x - h.x) < Math.abs(best.x - h.x) ? c : best));
      panels[currents.indexOf(nearest)]!.columns.push(h);
    }
    return panels
      .filter((p) => new Set(p.columns.map((c) => c.key)).size === p.columns.length)
      .map((p) => ({ columns: p.columns.sort((a, b) => a.x - b.x) }));
  }
  return [];
}

/**
 * A word whose box is far wider than its characters can be (the page pass stretched "58" over the
 * flag and the gap after it) is placed by where its characters start: its box is cut to their
 * likely width. The cell's crop then widens it again over the ink that closely follows.
 */
export function fitBox(word: OcrWord): OcrWord {
  const n = normaliseReportText(word.text).replace(/\s+/g, '').length;
  const h = word.bbox.y1 - word.bbox.y0;
  if (n === 0 || h <= 0 || word.bbox.x1 - word.bbox.x0 <= n * h * 1.5) return word;
  return { ...word, bbox: { ...word.bbox, x1: word.bbox.x0 + n * h * 0.7 } };
}

/**
 * A word that holds a table rule inside ("3.3L|3.9-5.2": a value and the next column read as one)
 * as its parts, each with its share of the box by characters.
 */
export function splitAtRule(word: OcrWord): OcrWord[] {
  const text = word.text;
  const inner = text.replace(/^\|+|\|+$/g, '');
  if (!inner.includes('|')) return [word];
  const per = (word.bbox.x1 - word.bbox.x0) / Math.max(1, text.length);
  const parts: OcrWord[] = [];
  for (const m of text.matchAll(/[^|]+/g)) {
    const x0 = word.bbox.x0 + per * m.index;
    parts.push({ ...word, text: m[0], bbox: { ...word.bbox, x0, x1: x0 + per * m[0].length } });
  }
  return parts;
}

/**
 * A line of the page pass as the parser reads it, with two misreadings of the page pass undone
 * where a liver label follows: the table's left rule read as I or l glued to the label (IPLT), and
 * G read as 6 (6OT, 6PT).
 */
export function rowText(line: OcrLine): string {
  return normaliseReportText(line.text)
    .replace(/^([\s|]*)[Il|](?=(?:PLT|AST|ALT|GOT|GPT|ALB|Alb)(?![A-Za-z]))/, '$1')
    .replace(/(?<![A-Za-z0-9])6(?=[OP]T(?![A-Za-z]))/g, 'G');
}

/** A word's text without table-rule debris at its ends. */
function cleanWord(text: string): string {
  return normaliseReportText(text).replace(/^[|[\]「」『』_:;,.'"`(]+|[|[\]「」『』_:;,'"`)]+$/g, '');
}

/** Where the label ends on the line: the right edge of the words that spell it. */
function labelEndX(line: OcrLine, label: string): number {
  const compact = label.replace(/\s+/g, '');
  let text = '';
  for (const word of line.words) {
    text += normaliseReportText(word.text).replace(/\s+/g, '');
    if (text.includes(compact) || (text.length >= compact.length && text.endsWith(compact.slice(-2)))) return word.bbox.x1;
  }
  return line.words[0]?.bbox.x1 ?? 0;
}

// Digits, the decimal point, the H/L flags, and the marks some reports print for out-of-range values
// (so that a ・ or * is read as itself, not as a digit).
const DIGITS = '0123456789.HL・*';

/** Decimals as a report prints them: U/L integers, albumin x.x g/dL (xx g/L), platelets xx.x ×10⁴/µL (xxx ×10³/µL). */
function printedDecimals(field: ReportField, unit: UnitId): number {
  if (field === 'albumin') return unit === 'gPerL' ? 0 : 1;
  if (field === 'platelets') return unit === 'e4PerUl' ? 1 : 0;
  return 0;
}

/** Typical values (wider than reference ranges, narrower than the plausibility limits), in the printed unit. */
function typical(field: ReportField, unit: UnitId, value: number): boolean {
  switch (field) {
    case 'albumin':
      return unit === 'gPerL' ? value >= 15 && value <= 60 : value >= 1.5 && value <= 6.0;
    case 'platelets':
      return unit === 'e4PerUl' ? value >= 2 && value <= 80 : value >= 20 && value <= 800;
    case 'ggt':
      return value >= 3 && value <= 3000;
    default:
      return value >= 3 && value <= 3000;
  }
}

interface CellRead {
  value: string;
  flag?: 'H' | 'L';
  confidence: number;
}

/** The digits re-read of one cell: '57', '4.4H', '1 2 7' → {value, flag}. */
function parseCellText(text: string, confidence: number): CellRead | undefined {
  const compact = normaliseReportText(text).replace(/\s+/g, '').replace(/[・*•]+/g, '').replace(/\.+$/, '');
  const m = /^(\d+(?:\.\d+)?)([HL])?\.?$/.exec(compact);
  if (!m?.[1]) return undefined;
  return { value: m[1], ...(m[2] ? { flag: m[2] as 'H' | 'L' } : {}), confidence };
}

async function rereadCell(ocr: Ocr, page: Gray, x0: number, y0: number, x1: number, y1: number, chars = DIGITS, variant = 1): Promise<CellRead | undefined> {
  const cell = crop(page, x0, y0, x1, y1);
  // Faint remains of rules: light grey to white, and rule remains to white.
  for (let i = 0; i < cell.data.length; i++) if (cell.data[i]! > 200) cell.data[i] = 255;
  for (let y = 0; y < cell.height; y++) {
    // A pixel row that is mostly ink is a rule, not a digit.
    let ink = 0;
    for (let x = 0; x < cell.width; x++) if (cell.data[y * cell.width + x]! < 200) ink++;
    if (ink > cell.width * 0.6) cell.data.fill(255, y * cell.width, (y + 1) * cell.width);
  }
  // Enlarged with a white margin: the digit model reads best at 30–50 px. The second variant is
  // another size, so that both reads do not share one rendering.
  const scale = Math.max(1, Math.min(3, (variant === 1 ? 48 : 40) / cell.height));
  const big = resize(cell, Math.round(cell.width * scale), Math.round(cell.height * scale));
  const margin = 12;
  const framed: Gray = { width: big.width + 2 * margin, height: big.height + 2 * margin, data: new Uint8Array((big.width + 2 * margin) * (big.height + 2 * margin)).fill(255) };
  for (let y = 0; y < big.height; y++) framed.data.set(big.data.subarray(y * big.width, (y + 1) * big.width), (y + margin) * framed.width + margin);
  cropDebug?.(framed);
  const lines = await ocr.recognize(framed, { mode: 'line', chars });
  const text = lines.map((l) => l.text).join(' ').trim();
  if (text === '') return undefined;
  const confidence = Math.min(...lines.map((l) => l.confidence));
  rereadDebug?.(`reread ${JSON.stringify(lines.map((l) => [l.text, Math.round(l.confidence), l.words.map((w) => [w.text, Math.round(w.confidence)])]))}`);
  return parseCellText(text, confidence);
}

let rereadDebug: ((m: string) => void) | undefined;
/** Benchmark only: each cell image as re-read. */
export let cropDebug: ((image: Gray) => void) | undefined;
export function setCropDebug(f: ((image: Gray) => void) | undefined) {
  cropDebug = f;
}

function unitOfRow(field: ReportField, reading: ReportReading, values: number[]): UnitId {
  if (field === 'platelets') return reading.units.platelets ?? (values.length && values.every((v) => v >= 100) ? 'e3PerUl' : 'e4PerUl');
  if (field === 'albumin') return reading.units.albumin ?? (values.length && values.every((v) => v >= 10) ? 'gPerL' : 'gPerDl');
  return 'uPerL';
}

export async function readReport(image: Rgb, ocr: Ocr, options: ReaderOptions = {}): Promise<ReportReading> {
  const { signal, onProgress } = options;
  rereadDebug = options.debug;
  const progress = (stage: PhotoStage, p: number) => onProgress?.(stage, p);
  const corners = findPaper(image) ?? [
    { x: 0, y: 0 },
    { x: image.width, y: 0 },
    { x: image.width, y: image.height },
    { x: 0, y: image.height },
  ];
  // Each stage's image is dropped as soon as the next exists (only `clean` is kept).
  const clean = eraseRules(flattenLight(warpPaper({ width: image.width, height: image.height, data: image.gray }, corners)));
  progress('prepare', 1);
  signal?.throwIfAborted();

  progress('read', 0.05);
  // Enlarged for the page pass: report text is ~12 px high in a phone photo, Tesseract reads best at 20+.
  const PAGE_SCALE = 1.5;
  // Not kept in a variable: the enlarged page is garbage once Tesseract has its copy.
  const lines = (await ocr.recognize(resize(clean, Math.round(clean.width * PAGE_SCALE), Math.round(clean.height * PAGE_SCALE)), { mode: 'block' })).map((line) => scaleLine(line, 1 / PAGE_SCALE));
  signal?.throwIfAborted();
  progress('read', 0.4);
  const pageText = lines.map((l) => l.text).join('\n');
  const whole = parseReportText(pageText);
  options.debug?.(`page:\n${pageText}\norder ${whole.order} columns ${whole.columnCount}`);

  const rows: ReportReading['rows'] = {};
  let panels = findPanels(lines);
  // Fewer columns under the headers than values on the rows: the header line alone, enlarged, once more.
  if (panels.reduce((n, p) => n + p.columns.length, 0) < whole.columnCount * Math.max(1, panels.length)) {
    // The line that printed 今回 — or, when the page pass lost that word, the line with the other
    // column words (前回, 前々回, 項目, 基準) or two checkup dates.
    const header =
      lines.find((line) => findPanels([line]).length > 0) ??
      lines.find((line) => {
        const text = normaliseReportText(line.text).replace(/\s+/g, '');
        return /前[々前]?[回同囲]|(?:検査)?項目.*基準|\d{4}\/\d{1,2}\/\d{1,2}.*\d{4}\/\d{1,2}\/\d{1,2}/.test(text) && !/報告|通知/.test(text);
      });
    if (header) {
      const { y0, y1 } = header.bbox;
      const h = y1 - y0;
      const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
      const usual = heights[Math.floor(heights.length / 2)] ?? h;
      // The line as found; and when it is much taller than a line (the page pass merged it with
      // the shaded row below or above), its upper and lower part alone.
      const bands = [[y0 - h * 0.3, y1 + h * 0.3]];
      if (h > usual * 1.4) bands.push([y0 - h * 0.1, y0 + h * 0.65], [y1 - h * 0.65, y1 + h * 0.1]);
      for (const [top, bottom] of bands as [number, number][]) {
        const band = crop(clean, 0, top, clean.width, bottom);
        const k = Math.max(1, Math.min(3, 40 / band.height));
        const again = (await ocr.recognize(resize(band, Math.round(band.width * k), Math.round(band.height * k)), { mode: 'line' })).map((line) => {
          const scaled = scaleLine(line, 1 / k);
          const shift = (b: OcrWord['bbox']) => ({ ...b, y0: b.y0 + top, y1: b.y1 + top });
          return { ...scaled, bbox: shift(scaled.bbox), words: scaled.words.map((w) => ({ ...w, bbox: shift(w.bbox) })) };
        });
        const better = findPanels(again);
        options.debug?.(`header again (${Math.round(top)}–${Math.round(bottom)}): ${again.map((l) => l.text).join(' / ')}`);
        if (better.reduce((n, p) => n + p.columns.length, 0) > panels.reduce((n, p) => n + p.columns.length, 0)) panels = better;
        if (panels.reduce((n, p) => n + p.columns.length, 0) >= whole.columnCount * Math.max(1, panels.length)) break;
      }
    }
  }
  const columnCount = Math.max(1, ...panels.map((p) => p.columns.length));
  options.debug?.(`panels ${JSON.stringify(panels)}`);
  const labelled = lines.flatMap((line) => findLabels(rowText(line)).map((hit) => ({ line, hit })));
  let done = 0;
  for (const { line, hit } of labelled) {
    signal?.throwIfAborted();
    const field = hit.field;
    const labelEnd = labelEndX(line, hit.label);
    // The panel of this row: the nearest whose first column lies right of the label.
    const panel = panels.filter((p) => Math.min(...p.columns.map((c) => c.x)) > labelEnd).sort((a, b) => a.columns[0]!.x - b.columns[0]!.x)[0];
    if (!panel) continue;
    const xs = panel.columns.map((c) => c.x).sort((a, b) => a - b);
    const half = xs.length > 1 ? Math.min(...xs.slice(1).map((x, i) => x - xs[i]!)) / 2 : clean.width * 0.07;
    const pageRow = parseReportText(rowText(line).slice(hit.index)).rows[field];
    const cells: ReadCell[] = Array.from({ length: columnCount }, () => ({ text: '', sure: false }));
    const near = (words: OcrWord[], x: number) =>
      words.filter((w) => w.bbox.x0 > labelEnd && Math.abs(centre(w) - x) < half * 0.9 && /\d/.test(normaliseReportText(w.text)));
    // A column with no word is looked at once more with the boxes cut to their text (fitBox).
    const fitted = line.words.flatMap(splitAtRule).map(fitBox);
    const found: { key: number; words: OcrWord[] }[] = panel.columns.map((c) => {
      const words = near(line.words, c.x);
      return { key: c.key, words: words.length > 0 ? words : near(fitted, c.x).filter((w) => !line.words.includes(w)) };
    });
    const reads: { key: number; page: string; reread?: CellRead; second?: CellRead }[] = [];
    for (const { key, words } of found) {
      if (words.length === 0) continue;
      const box = {
        x0: Math.min(...words.map((w) => w.bbox.x0)),
        y0: Math.min(...words.map((w) => w.bbox.y0)),
        x1: Math.max(...words.map((w) => w.bbox.x1)),
        y1: Math.max(...words.map((w) => w.bbox.y1)),
      };
      const h = box.y1 - box.y0;
      const pad = Math.max(2, h * 0.15);
      const page0 = words.map((w) => cleanWord(w.text)).join('');
      // The cell's print: the word's box widened over the ink that closely follows it (a digit or the
      // flag the page pass lost), never into the neighbouring columns or the unit beside it.
      const x = panel.columns.find((c) => c.key === key)!.x;
      const span = inkSpan(clean, box, Math.max(box.x0 - pad, Math.min(box.x0, x - half * 0.95)), Math.min(box.x1 + pad + h * 2, Math.max(box.x1, x + half * 0.95)));
      const cx0 = span.x0 - pad;
      const cx1 = span.x1 + pad;
      // A cell whose page reading is no number, or whose first re-read already disagrees with it,
      // cannot be filled: it is not read again (each re-read costs ~30 ms).
      const pageDigits = parseCellText(page0.replace(/[•*・]/g, ''), 100)?.value.replace('.', '');
      const reread = pageDigits ? await rereadCell(ocr, clean, cx0, box.y0 - pad, cx1, box.y1 + pad, DIGITS, 1) : undefined;
      const second =
        reread && reread.value.replace('.', '') === pageDigits ? await rereadCell(ocr, clean, cx0, box.y0 - pad, cx1, box.y1 + pad, DIGITS, 2) : undefined;
      reads.push({ key, page: page0, ...(reread ? { reread } : {}), ...(second ? { second } : {}) });
    }
    options.debug?.(`${field} ${JSON.stringify(reads)}`);
    const numbers = reads.flatMap((r) => (r.reread ? [Number(r.reread.value)] : []));
    const unit = unitOfRow(field, whole, numbers);
    const range = pageRow?.range;
    for (const { key, page: pageText0, reread, second } of reads) {
      const pageValue = parseCellText(pageText0.replace(/[•*・]/g, ''), 100);
      if (!reread || !second || !pageValue) continue;
      const value = Number(reread.value);
      const decimals = reread.value.split('.')[1]?.length ?? 0;
      const flag = reread.flag ?? pageValue.flag;
      const evidence =
        // The same digits in all three reads; the decimal point is checked against how the report prints it.
        pageValue.value.replace('.', '') === reread.value.replace('.', '') &&
        second.value === reread.value &&
        decimals === printedDecimals(field, unit) &&
        typical(field, unit, value) &&
        checkField(field, reread.value, unit).status === 'valid' &&
        flagAgrees(flag, value, range);
      options.debug?.(`${field} ${key}: unit ${unit} range ${JSON.stringify(range)} flag ${flag} typical ${typical(field, unit, value)} check ${checkField(field, reread.value, unit).status} → ${evidence}`);
      if (evidence && key < columnCount) cells[key] = { text: reread.value, sure: true, ...(flag ? { flag } : {}) };
    }
    if (!rows[field] || rows[field]!.cells.every((c) => c.text === '')) rows[field] = { label: hit.label, cells, ...(range ? { range } : {}) };
    done++;
    progress('read', 0.4 + (0.5 * done) / Math.max(1, labelled.length));
  }

  const age = await readAge(ocr, clean, lines, options.debug);
  options.debug?.(`age ${JSON.stringify(age)}`);
  progress('read', 1);
  const first = panels[0]?.columns;
  const order = !first || first.length < 2 ? 'newestFirst' : first[0]!.key < first[1]!.key ? 'newestFirst' : 'oldestFirst';
  const reading: ReportReading = { rows, columnCount, order, dates: whole.dates.length === columnCount ? whole.dates : [], units: whole.units };
  if (age) reading.age = age;
  return reading;
}

function scaleLine(line: OcrLine, k: number): OcrLine {
  const box = (b: OcrWord['bbox']) => ({ x0: b.x0 * k, y0: b.y0 * k, x1: b.x1 * k, y1: b.y1 * k });
  return { ...line, bbox: box(line.bbox), words: line.words.map((w) => ({ ...w, bbox: box(w.bbox) })) };
}

/** A printed H must sit above the range, an L below it; a value far outside with no flag is doubted too. */
function flagAgrees(flag: 'H' | 'L' | undefined, value: number, range: ReportRow['range']): boolean {
  if (!range) return true;
  if (flag === 'H') return range.high === undefined || value > range.high;
  if (flag === 'L') return range.low === undefined || value < range.low;
  return true;
}

/** Age: 年齢 44 / 44歳 / 44才 in the page pass, and the same digits re-read from that spot. */
async function readAge(ocr: Ocr, page: Gray, lines: OcrLine[], debug?: (m: string) => void): Promise<ReportReading['age']> {
  for (const line of lines) {
    const text = normaliseReportText(line.text);
    const m = /年齢\s*[:：]?\s*(\d\s*\d)(?!\s*\d)|(?<!\d)(\d\s*\d)\s*[歳才オ]/.exec(text);
    if (!m) continue;
    const digits = (m[1] ?? m[2])!.replace(/\s/g, '');
    // Words that hold those digits.
    const words = line.words.filter((w) => /\d/.test(normaliseReportText(w.text)) && digits.includes(normaliseReportText(w.text).replace(/\D/g, '').slice(0, 2) || 'x'));
    if (words.length === 0) return { text: '', sure: false, label: m[0].trim() };
    // Only the digits' part of each word (":43" → "43", "60歳)" → "60"), by character position.
    const digitSpan = (w: OcrWord) => {
      const text = normaliseReportText(w.text);
      const first = text.search(/\d/);
      const last = text.length - 1 - [...text].reverse().join('').search(/\d/);
      const per = (w.bbox.x1 - w.bbox.x0) / Math.max(1, text.length);
      // A word that starts or ends with a digit is cut at its own edge there: a character estimated
      // past it would take in the 歳 or the bracket beside it.
      return {
        x0: first === 0 ? w.bbox.x0 : w.bbox.x0 + per * Math.max(0, first - 0.4),
        x1: last === text.length - 1 ? w.bbox.x1 : w.bbox.x0 + per * Math.min(text.length, last + 1.4),
      };
    };
    const x0 = Math.min(...words.map((w) => digitSpan(w).x0));
    const x1 = Math.max(...words.map((w) => digitSpan(w).x1));
    const y0 = Math.min(...words.map((w) => w.bbox.y0));
    const y1 = Math.max(...words.map((w) => w.bbox.y1));
    const pad = (y1 - y0) * 0.25;
    const reread = await rereadCell(ocr, page, x0 - pad, y0 - pad, x1 + pad, y1 + pad, '0123456789');
    const second = reread ? await rereadCell(ocr, page, x0 - pad, y0 - pad, x1 + pad, y1 + pad, '0123456789', 2) : undefined;
    debug?.(`age words ${words.map((w) => w.text).join(" ")} reread ${JSON.stringify(reread)} ${JSON.stringify(second)}`);
    const value = Number(digits);
    const sure = reread?.value === digits && second?.value === digits && value >= 18 && value <= 100;
    return sure ? { text: digits, sure: true, label: m[0].trim() } : { text: '', sure: false, label: m[0].trim() };
  }
  return undefined;
}
