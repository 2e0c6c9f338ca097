import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/model.js';
import { inferPublication } from './index.js';

function wireCopy(text: string): Article {
  const blocks = [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  return { text, blocks, published: null } as unknown as Article;
}

describe('inferPublication', () => {
  const copy = wireCopy('KESSEL, May 20 (Valley Wire) — Residents filed a lawsuit on Tuesday over the flood.');

  it('takes the year of a year-less dateline from sibling articles of the event', () => {
    expect(inferPublication(copy, ['2025-05-20', '2025-05-21'])).toEqual({ value: '2025-05-20', precision: 'day', provenance: 'inferred', confidence: 0.6 });
  });

  it('crosses a year boundary when the siblings do', () => {
    const december = wireCopy('KESSEL, Dec. 30 (Valley Wire) — The river froze.');
    expect(inferPublication(december, ['2026-01-02'])?.value).toBe('2025-12-30');
  });

  it('stays undated without siblings, without a dateline, or far from every sibling', () => {
    expect(inferPublication(copy, [])).toBeNull();
    expect(inferPublication(wireCopy('Residents filed a lawsuit over the flood on Tuesday.'), ['2025-05-20'])).toBeNull();
    expect(inferPublication(copy, ['2025-09-01'])).toBeNull();
  });
});
