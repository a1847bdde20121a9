import { describe, expect, it } from 'vitest';
import { findLabels, hasLiverRows, parseReportText, type ReportField, type ReportReading } from './report-text';

/** The cells of a reading as plain text ('' for empty), current-first. */
function table(reading: ReportReading): Partial<Record<ReportField, string[]>> {
  const out: Partial<Record<ReportField, string[]>> = {};
  for (const [field, row] of Object.entries(reading.rows)) out[field as ReportField] = row.cells.map((c) => c.text);
  return out;
}

const SAMPLE_1 = `人間ドック 結果報告書
氏名 山田 太郎 様   年齢 44歳
検査項目        今回         前回         前々回      基準値    単位
             2025/10/04   2024/09/22   2023/09/03
AST (GOT)      90 H         79 H         90 H      10-30     U/L
ＡＬＴ（ＧＰＴ）   25           29           23        5-30      U/L
γ-GT         126 H        92 H         97 H      ～50      U/L
アルブミン       4.4          4.4          4.1       3.9-5.2   g/dL
血小板          17.9         19.1         18.8      14.5-32.9 10^4/μL`;

describe('parseReportText: a printed table, row by row', () => {
  it('reads every row, column and the age of a three-column report', () => {
    const reading = parseReportText(SAMPLE_1);
    expect(table(reading)).toEqual({
      ast: ['90', '79', '90'],
      alt: ['25', '29', '23'],
      ggt: ['126', '92', '97'],
      albumin: ['4.4', '4.4', '4.1'],
      platelets: ['17.9', '19.1', '18.8'],
    });
    expect(reading.columnCount).toBe(3);
    expect(reading.order).toBe('newestFirst');
    expect(reading.dates).toEqual(['2025-10', '2024-09', '2023-09']);
    expect(reading.units).toEqual({ platelets: 'e4PerUl', albumin: 'gPerDl' });
    expect(reading.age).toMatchObject({ text: '44', sure: true });
    expect(reading.rows.ast?.label).toBe('AST (GOT)');
    expect(reading.rows.alt?.label).toBe('ALT(GPT)');
    expect(reading.rows.ast?.cells[0]?.flag).toBe('H');
    expect(reading.rows.ast?.range).toEqual({ low: 10, high: 30 });
  });

  it('full-width digits and labels, 才, ×10³/µL and g/L', () => {
    const text = `年齢 ６０才
ＧＯＴ（ＡＳＴ）\u3000４７\u3000Ｈ\u3000１０～３０\u3000Ｕ／Ｌ
ＡＬＴ（ＧＰＴ）\u3000６９\u3000Ｈ
γ－ＧＴＰ\u3000５８\u3000Ｈ\u3000～５０
アルブミン（ＡＬＢ）\u3000４４\u3000ｇ／Ｌ
血小板\u3000２１６\u3000×１０³／μＬ`;
    const reading = parseReportText(text);
    expect(table(reading)).toEqual({ ast: ['47'], alt: ['69'], ggt: ['58'], albumin: ['44'], platelets: ['216'] });
    expect(reading.units).toEqual({ platelets: 'e3PerUl', albumin: 'gPerL' });
    expect(reading.age?.text).toBe('60');
  });

  it('oldest-first columns, found from the header words', () => {
    const text = `項目 前々回 前回 今回
AST 20 22 25
ALT 18 19 30 H
γ-GTP 40 41 45
Alb 4.1 4.2 4.3
PLT 21.0 22.1 23.5`;
    const reading = parseReportText(text);
    expect(reading.order).toBe('oldestFirst');
    expect(table(reading)).toEqual({
      ast: ['25', '22', '20'],
      alt: ['30', '19', '18'],
      ggt: ['45', '41', '40'],
      albumin: ['4.3', '4.2', '4.1'],
      platelets: ['23.5', '22.1', '21'],
    });
  });

  it('oldest-first columns, found from the dates', () => {
    const text = `受診日 2023年9月3日 2024年9月22日 2025年10月4日
GOT 20 22 25
GPT 18 19 30`;
    const reading = parseReportText(text);
    expect(reading.order).toBe('oldestFirst');
    expect(reading.dates).toEqual(['2025-10', '2024-09', '2023-09']);
    expect(table(reading)).toEqual({ ast: ['25', '22', '20'], alt: ['30', '19', '18'] });
  });

  it('ignores flags (H, L, *, ＊), 判定 letters and reference ranges', () => {
    const text = `今回 前回
AST(GOT) 57H *48 B 13-30
ALT(GPT) ＊66 Ｃ１ 56 10～42 以下
γ-GT(γ-GTP) 127 ↑ 149 ≦50
アルブミン 3.3 L 3.5 3.9〜4.9 g/dL
血小板数 8.9 L 8.4 L 15.8-34.8 万/µL`;
    const reading = parseReportText(text);
    expect(table(reading)).toEqual({
      ast: ['57', '48'],
      alt: ['66', '56'],
      ggt: ['127', '149'],
      albumin: ['3.3', '3.5'],
      platelets: ['8.9', '8.4'],
    });
    expect(reading.units.platelets).toBe('e4PerUl');
  });

  it('γ read by text recognition as ァ or ヶ is still γ-GT', () => {
    expect(findLabels('ァ-GT(ァヶ-GTP) U/L 56 H').map((h) => h.field)).toEqual(['ggt']);
    expect(findLabels('ァーGTP 30 86 H 34').map((h) => h.field)).toEqual(['ggt']);
    expect(findLabels('ヶ-GTP 40').map((h) => h.field)).toEqual(['ggt']);
  });

  it('does not take AST/ALT比, A/G比, ALP or 総蛋白 for liver rows', () => {
    const text = `総蛋白 7.2
A/G比 1.6
AST/ALT比 1.2
ALP 220
アルブミン/グロブリン比 1.5
AST 25`;
    expect(table(parseReportText(text))).toEqual({ ast: ['25'] });
  });

  it('a row with a missing value marked by a dash keeps the others', () => {
    const text = `今回 前回 前々回
AST 25 22 -
ALT 30 19 18`;
    const reading = parseReportText(text);
    expect(table(reading)).toEqual({ ast: ['25', '22', ''], alt: ['30', '19', '18'] });
    expect(reading.rows.ast?.cells[2]).toEqual({ text: '', sure: true });
  });

  it('a row with fewer values than columns and no dash is left unsure', () => {
    const text = `今回 前回 前々回
AST 25 22
ALT 30 19 18`;
    const reading = parseReportText(text);
    expect(reading.rows.ast?.cells).toEqual([
      { text: '', sure: false },
      { text: '', sure: false },
      { text: '', sure: false },
    ]);
  });

  it('a value that contradicts its own H flag and range is not kept', () => {
    const reading = parseReportText('AST 6 H 10-30 U/L');
    expect(reading.rows.ast?.cells).toEqual([{ text: '', sure: false }]);
  });

  it('implausible numbers are unsure, not filled', () => {
    const reading = parseReportText('アルブミン 8.5\nAST 4.5\n血小板 0.2');
    expect(table(reading)).toEqual({ albumin: [''], ast: [''], platelets: [''] });
  });

  it('a number glued to letters (6O) counts as an unreadable cell and keeps the columns', () => {
    const reading = parseReportText('今回 前回\nAST 57 6O');
    expect(reading.rows.ast?.cells).toEqual([
      { text: '57', sure: true },
      { text: '', sure: false },
    ]);
  });

  it('full-width digits with out-of-range marks (・) and a spaced layout', () => {
    const text = `項目 今回 前回 基準値
ＡＳＴ Ｕ／Ｌ\u3000５７・\u3000６８・\u3000３０以下
ＰＬＴ １０＾４／μＬ\u3000８．９・\u3000８．４・\u3000１４．５～３２．９`;
    const reading = parseReportText(text);
    expect(table(reading)).toEqual({ ast: ['57', '68'], platelets: ['8.9', '8.4'] });
    expect(reading.units.platelets).toBe('e4PerUl');
  });

  it('says when there are no liver rows', () => {
    expect(hasLiverRows(parseReportText('尿酸 5.2\n中性脂肪 120\n年齢 50歳'))).toBe(false);
    expect(hasLiverRows(parseReportText(''))).toBe(false);
  });
});

describe('parseReportText: Live Text / Google Lens orders', () => {
  it('one value per line under each label', () => {
    const text = `AST(GOT)
47
ALT(GPT)
69
γ-GTP
58
アルブミン
4.4
血小板
21.6`;
    expect(table(parseReportText(text))).toEqual({ ast: ['47'], alt: ['69'], ggt: ['58'], albumin: ['4.4'], platelets: ['21.6'] });
  });

  it('labels first, then values column by column (three columns)', () => {
    const text = `今回
前回
前々回
AST(GOT)
ALT(GPT)
γ-GTP
アルブミン
血小板
90
25
126
4.4
17.9
79
29
92
4.4
19.1
90
23
97
4.1
18.8`;
    expect(table(parseReportText(text))).toEqual({
      ast: ['90', '79', '90'],
      alt: ['25', '29', '23'],
      ggt: ['126', '92', '97'],
      albumin: ['4.4', '4.4', '4.1'],
      platelets: ['17.9', '19.1', '18.8'],
    });
  });

  it('labels first, then values row by row (one line per row)', () => {
    const text = `今回 前回
AST
ALT
γ-GTP
アルブミン
血小板
57 68
66 56
127 149
3.3 3.5
8.9 8.4`;
    expect(table(parseReportText(text))).toEqual({
      ast: ['57', '68'],
      alt: ['66', '56'],
      ggt: ['127', '149'],
      albumin: ['3.3', '3.5'],
      platelets: ['8.9', '8.4'],
    });
  });

  it('labels first with other analytes among them: those take their share', () => {
    const text = `総蛋白
アルブミン
AST
ALT
ALP
γ-GTP
7.2
4.3
25
22
210
35`;
    expect(table(parseReportText(text))).toEqual({ albumin: ['4.3'], ast: ['25'], alt: ['22'], ggt: ['35'] });
  });

  it('labels first when the order cannot be told apart: unsure, not guessed', () => {
    const text = `AST
ALT
25
30
22
19`;
    const reading = parseReportText(text);
    expect(reading.rows.ast?.cells.every((c) => !c.sure && c.text === '')).toBe(true);
  });

  it('labels first with a count that does not divide: unsure', () => {
    const reading = parseReportText('AST\nALT\nγ-GTP\n25\n30\n22\n19');
    expect(Object.values(reading.rows).flatMap((r) => r.cells).every((c) => c.text === '')).toBe(true);
  });

  it('units and ranges on lines of their own are skipped', () => {
    const text = `AST (GOT)
10-30
U/L
33
血小板
万/μL
23.5`;
    const reading = parseReportText(text);
    expect(table(reading)).toEqual({ ast: ['33'], platelets: ['23.5'] });
    expect(reading.units.platelets).toBe('e4PerUl');
  });

  it('two panels side by side on one line', () => {
    const text = `AST 57 68   アルブミン 3.3 3.5
ALT (GPT) 66 56   PLT 8.9 8.4
γ-GT（γ-GTP） 127 149   総蛋白 6.5 6.6`;
    expect(table(parseReportText(text))).toEqual({
      ast: ['57', '68'],
      albumin: ['3.3', '3.5'],
      alt: ['66', '56'],
      platelets: ['8.9', '8.4'],
      ggt: ['127', '149'],
    });
  });
});

describe('parseReportText: age', () => {
  it.each([
    ['年齢 44歳', '44'],
    ['年齢：44', '44'],
    ['44才 男性', '44'],
    ['Age 52 years', '52'],
    ['今回 44歳 前回 43歳 前々回 42歳', '44'],
  ])('%s → %s', (text, age) => {
    expect(parseReportText(text).age).toMatchObject({ text: age, sure: true });
  });

  it('ages that cannot be one person are unsure', () => {
    expect(parseReportText('年齢 44歳\n年齢 14歳').age).toMatchObject({ text: '', sure: false });
  });
});
