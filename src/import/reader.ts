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
  for (let y = 0; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const d = x < width && dark(page.data[y * width + x]!);
      if (d && start < 0) start = x;
      if (!d && start >= 0) {
        if (x - start >= minH) data.fill(255, y * width + start, y * width + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const d = y < height && dark(page.data[y * width + x]!);
      if (d && start < 0) start = y;
      if (!d && start >= 0) {
        if (y - start >= minV) for (let k = start; k < y; k++) data[k * width + x] = 255;
        start = -1;
      }
    }
  }
  return { width, height, data };
}

/** A word that is a value: digits with one decimal point, maybe a flag, maybe table-rule debris. */
const VALUE_WORD = /^\*?\d+(?:\.\d+)?[HL*]?$/;
function cleanWord(text: string): string {
  return normaliseReportText(text).replace(/^[|[\]「」」『』_:;,.'"`]+|[|[\]「」」『』_:;,'"`]+$/g, '');
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

const DIGITS = '0123456789.HL';

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
  const compact = normaliseReportText(text).replace(/\s+/g, '').replace(/\.+$/, '');
  const m = /^(\d+(?:\.\d+)?)([HL])?\.?$/.exec(compact);
  if (!m?.[1]) return undefined;
  return { value: m[1], ...(m[2] ? { flag: m[2] as 'H' | 'L' } : {}), confidence };
}

async function rereadCell(ocr: Ocr, page: Gray, x0: number, y0: number, x1: number, y1: number, chars = DIGITS): Promise<CellRead | undefined> {
  const cell = crop(page, x0, y0, x1, y1);
  // Enlarged to ~40 px text height with a white margin: the digit model reads best there.
  const scale = Math.max(1, Math.min(3, 48 / cell.height));
  const big = resize(cell, Math.round(cell.width * scale), Math.round(cell.height * scale));
  const margin = 12;
  const framed: Gray = { width: big.width + 2 * margin, height: big.height + 2 * margin, data: new Uint8Array((big.width + 2 * margin) * (big.height + 2 * margin)).fill(255) };
  for (let y = 0; y < big.height; y++) framed.data.set(big.data.subarray(y * big.width, (y + 1) * big.width), (y + margin) * framed.width + margin);
  const lines = await ocr.recognize(framed, { mode: 'line', chars });
  const text = lines.map((l) => l.text).join(' ').trim();
  if (text === '') return undefined;
  const confidence = Math.min(...lines.flatMap((l) => l.words.map((w) => w.confidence)));
  return parseCellText(text, confidence);
}

const MIN_CONFIDENCE = 60;

function unitOfRow(field: ReportField, reading: ReportReading, values: number[]): UnitId {
  if (field === 'platelets') return reading.units.platelets ?? (values.length && values.every((v) => v >= 100) ? 'e3PerUl' : 'e4PerUl');
  if (field === 'albumin') return reading.units.albumin ?? (values.length && values.every((v) => v >= 10) ? 'gPerL' : 'gPerDl');
  return 'uPerL';
}

export async function readReport(image: Rgb, ocr: Ocr, options: ReaderOptions = {}): Promise<ReportReading> {
  const { signal, onProgress } = options;
  const progress = (stage: PhotoStage, p: number) => onProgress?.(stage, p);
  const corners = findPaper(image) ?? [
    { x: 0, y: 0 },
    { x: image.width, y: 0 },
    { x: image.width, y: image.height },
    { x: 0, y: image.height },
  ];
  const page = flattenLight(warpPaper({ width: image.width, height: image.height, data: image.gray }, corners));
  const clean = eraseRules(page);
  progress('prepare', 1);
  signal?.throwIfAborted();

  progress('read', 0.05);
  // Enlarged for the page pass: report text is ~12 px high in a phone photo, Tesseract reads best at 20+.
  const PAGE_SCALE = 1.5;
  const big = resize(clean, Math.round(clean.width * PAGE_SCALE), Math.round(clean.height * PAGE_SCALE));
  const lines = (await ocr.recognize(big, { mode: 'block' })).map((line) => scaleLine(line, 1 / PAGE_SCALE));
  signal?.throwIfAborted();
  progress('read', 0.4);
  const pageText = lines.map((l) => l.text).join('\n');
  const whole = parseReportText(pageText);
  options.debug?.(`page:\n${pageText}\norder ${whole.order} columns ${whole.columnCount}`);

  const rows: ReportReading['rows'] = {};
  const columnCount = whole.columnCount;
  const labelled = lines.flatMap((line) => {
    const text = normaliseReportText(line.text);
    return findLabels(text).map((hit) => ({ line, hit, text }));
  });
  // A label printed twice (a comment line that names AST) is not a row: keep rows with values.
  const jobs = labelled.filter(({ hit }, i) => labelled.findIndex((o) => o.hit.field === hit.field) === i);
  let done = 0;
  for (const { line, hit, text } of jobs) {
    signal?.throwIfAborted();
    const field = hit.field;
    const pageRow = whole.rows[field];
    const cells: ReadCell[] = Array.from({ length: columnCount }, () => ({ text: '', sure: false }));
    if (pageRow && pageRow.cells.some((c) => c.text !== '')) {
      // The row's value words, in printed order: right of the label, until as many as the columns.
      const labelEnd = labelEndX(line, hit.label);
      const valueWords = line.words.filter((w) => w.bbox.x0 >= labelEnd - 2 && VALUE_WORD.test(cleanWord(w.text))).slice(0, columnCount);
      const printed = whole.order === 'oldestFirst' ? [...pageRow.cells].reverse() : pageRow.cells;
      const reads: (CellRead | undefined)[] = [];
      if (valueWords.length === columnCount) {
        for (const word of valueWords) {
          const h = word.bbox.y1 - word.bbox.y0;
          const pad = Math.max(3, h * 0.35);
          reads.push(await rereadCell(ocr, page, word.bbox.x0 - pad, word.bbox.y0 - pad, word.bbox.x1 + pad * 2, word.bbox.y1 + pad));
        }
      }
      options.debug?.(`${field} page ${JSON.stringify(printed)} words ${valueWords.map((w) => w.text).join(' ')} reread ${JSON.stringify(reads)}`);
      const numbers = reads.flatMap((r) => (r ? [Number(r.value)] : []));
      const unit = unitOfRow(field, whole, numbers);
      const range = pageRow.range;
      printed.forEach((pageValue, i) => {
        const reread = reads[i];
        if (!reread || !pageValue.sure || pageValue.text === '') return;
        const value = Number(reread.value);
        const decimals = reread.value.split('.')[1]?.length ?? 0;
        const evidence =
          reread.confidence >= MIN_CONFIDENCE &&
          // The same digits in both reads; the decimal point is checked against how the report prints it.
          pageValue.text.replace('.', '') === reread.value.replace('.', '') &&
          decimals === printedDecimals(field, unit) &&
          typical(field, unit, value) &&
          checkField(field, reread.value, unit).status === 'valid' &&
          flagAgrees(reread.flag ?? pageValue.flag, value, range);
        const column = whole.order === 'oldestFirst' ? columnCount - 1 - i : i;
        if (evidence) cells[column] = { text: reread.value, sure: true, ...(reread.flag ? { flag: reread.flag } : {}) };
      });
    }
    rows[field] = { label: hit.label, cells, ...(pageRow?.range ? { range: pageRow.range } : {}) };
    done++;
    progress('read', 0.4 + (0.5 * done) / Math.max(1, jobs.length));
    void text;
  }

  const age = await readAge(ocr, page, lines, options.debug);
  options.debug?.(`age ${JSON.stringify(age)}`);
  progress('read', 1);
  // Columns whose order the report did not show are not filled: which one is today's is unknown.
  if (whole.order === 'unknown' && columnCount > 1) for (const row of Object.values(rows)) row.cells = row.cells.map(() => ({ text: '', sure: false }));
  const reading: ReportReading = { rows, columnCount, order: whole.order, dates: whole.dates, units: whole.units };
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
    const x0 = Math.min(...words.map((w) => w.bbox.x0));
    const x1 = Math.max(...words.map((w) => w.bbox.x1));
    const y0 = Math.min(...words.map((w) => w.bbox.y0));
    const y1 = Math.max(...words.map((w) => w.bbox.y1));
    const pad = (y1 - y0) * 0.4;
    const reread = await rereadCell(ocr, page, x0 - pad, y0 - pad, x1 + pad, y1 + pad, '0123456789');
    debug?.(`age words ${words.map((w) => w.text).join(' ')} reread ${JSON.stringify(reread)}`);
    const value = Number(digits);
    const sure = reread !== undefined && reread.value === digits && reread.confidence >= MIN_CONFIDENCE && value >= 18 && value <= 100;
    return sure ? { text: digits, sure: true, label: m[0].trim() } : { text: '', sure: false, label: m[0].trim() };
  }
  return undefined;
}
