import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from '../../handoff/payload';
import { EMPTY_CONTEXT } from '../../input/context-choice';
import { fromShared } from '../form/from-shared';
import { sharedResultOf } from './use-shared-result';

describe('the shared link keeps each earlier checkup in its own column', () => {
  it('a lone 前々回 arrives as 前々回, not as 前回', () => {
    const shared = sharedResultOf('ja', { alt: 45 }, [{}, { alt: 41 }], [undefined, { year: 2024, month: 6 }], EMPTY_CONTEXT);
    expect(shared.earlier).toEqual([{}, { alt: 41, date: { year: 2024, month: 6 } }]);
    const decoded = decodeFragment(encodeFragment(shared));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const form = fromShared(decoded.result);
    expect(form.earlierTexts[0]?.values.alt).toBe('');
    expect(form.earlierTexts[1]?.values.alt).toBe('41');
    expect(form.earlierTexts[1]?.date).toBe('2024-06');
  });

  it('empty columns after the last value are left out', () => {
    expect(sharedResultOf('en', { alt: 45 }, [{ alt: 50 }, {}], [], EMPTY_CONTEXT).earlier).toEqual([{ alt: 50 }]);
    expect(sharedResultOf('en', { alt: 45 }, [{}, {}], [], EMPTY_CONTEXT).earlier).toEqual([]);
  });
});
