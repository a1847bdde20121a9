import { describe, expect, it } from 'vitest';
import { findPanels, fitBox, rowText, splitAtRule } from './reader';
import type { OcrLine } from './tesseract-ocr';

/** A header line from words at x positions (each word 40 px wide). */
function line(words: [string, number][]): OcrLine {
  const ws = words.map(([text, x]) => ({ text, confidence: 80, bbox: { x0: x, y0: 100, x1: x + 40, y1: 116 } }));
  return { text: words.map(([t]) => t).join(' '), confidence: 80, bbox: { x0: 0, y0: 100, x1: 1000, y1: 116 }, words: ws };
}

describe('findPanels', () => {
  it('two tables side by side: two panels, each with its own columns', () => {
    const panels = findPanels([line([['項目', 50], ['今回', 240], ['前回', 350], ['基準値', 420], ['項目', 560], ['今回', 700], ['前回', 800]])]);
    expect(panels.map((p) => p.columns.map((c) => c.key))).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it("a 前回 whose table's 今回 was not read is dropped, not given to the other table", () => {
    // The left table's 今回 lost: its 前回 must not become a column of the right table.
    const panels = findPanels([line([['項目', 50], ['前回', 350], ['基準値', 420], ['項目', 560], ['今同', 700], ['前同', 800]])]);
    expect(panels).toHaveLength(1);
    expect(panels[0]!.columns.map((c) => [c.key, c.x])).toEqual([
      [0, 720],
      [1, 820],
    ]);
  });

  it('one table: every header joins its 今回, oldest first too', () => {
    const panels = findPanels([line([['検査項目', 20], ['前々回', 200], ['前回', 300], ['今回', 400]])]);
    expect(panels.map((p) => p.columns.map((c) => c.key))).toEqual([[2, 1, 0]]);
  });
});

describe('word boxes', () => {
  const word = (text: string, x0: number, x1: number) => ({ text, confidence: 80, bbox: { x0, y0: 100, x1, y1: 120 } });

  it('a word with a rule inside becomes its parts, each with its share of the box', () => {
    const parts = splitAtRule(word('3.3L|3.9', 100, 180));
    expect(parts.map((p) => [p.text, p.bbox.x0, p.bbox.x1])).toEqual([
      ['3.3L', 100, 140],
      ['3.9', 150, 180],
    ]);
    const plain = word('|44', 0, 30);
    expect(splitAtRule(plain)).toEqual([plain]);
  });

  it('a box far wider than its text is cut to the text; a plausible one is kept as it is', () => {
    expect(fitBox(word('58', 519, 620)).bbox.x1).toBe(519 + 2 * 20 * 0.7);
    const fine = word('126H', 500, 560);
    expect(fitBox(fine)).toBe(fine);
  });
});

describe('rowText', () => {
  const of = (text: string) => rowText({ text, confidence: 80, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 }, words: [] });
  it('undoes a rule read as I before a label, and G read as 6', () => {
    expect(of('IPLT  10^4/µL  16.6 14.5-32.9')).toBe('PLT  10^4/µL  16.6 14.5-32.9');
    expect(of('|6OT   147 H   141 H')).toBe('|GOT   147 H   141 H');
    expect(of('ALT(6PT) 25')).toBe('ALT(GPT) 25');
  });
  it('leaves everything else as it is', () => {
    expect(of('IgG 1200')).toBe('IgG 1200');
    expect(of('ILT 3')).toBe('ILT 3');
    expect(of('126OT')).toBe('126OT');
    expect(of('AST 46 OT')).toBe('AST 46 OT');
  });
});
