import { describe, expect, it } from 'vitest';
import { GRADE_BANDS } from '../../rules';
import { bandLimits } from './gauge-bands';

describe('band limits as reports print them', () => {
  it('AST in whole units', () => {
    expect(GRADE_BANDS.ast.map((b) => bandLimits(b, 0))).toEqual([{ atMost: 30 }, { from: 31, to: 35 }, { from: 36, to: 50 }, { atLeast: 51 }]);
  });

  it('albumin with one decimal', () => {
    expect(GRADE_BANDS.albumin.map((b) => bandLimits(b, 1))).toEqual([{ atMost: 3.6 }, { from: 3.7, to: 3.8 }, { atLeast: 3.9 }]);
  });

  it('platelets with one decimal, both sides of the normal band', () => {
    expect(GRADE_BANDS.platelets.map((b) => bandLimits(b, 1))).toEqual([
      { atMost: 9.9 },
      { from: 10, to: 12.2 },
      { from: 12.3, to: 14.4 },
      { from: 14.5, to: 32.9 },
      { from: 33, to: 39.9 },
      { atLeast: 40 },
    ]);
  });
});
