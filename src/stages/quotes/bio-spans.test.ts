import { describe, expect, it } from 'vitest';
import { labelsFromSpans, spansFromLabels } from './bio-spans.js';

const tokens = [{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 9, end: 11 }, { start: 12, end: 15 }];

describe('B/I/O spans', () => {
  it('marks spans on tokens and reads them back', () => {
    const labels = labelsFromSpans(tokens, [{ start: 4, end: 11 }]);
    expect(labels).toEqual(['O', 'B', 'I', 'O']);
    expect(spansFromLabels(tokens, labels)).toEqual([{ start: 4, end: 11 }]);
  });

  it('opens a span at an I after O, and splits at a second B', () => {
    expect(spansFromLabels(tokens, ['I', 'B', 'B', 'I'])).toEqual([{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 9, end: 15 }]);
  });

  it('keeps the first of two spans over the same token', () => {
    expect(labelsFromSpans(tokens, [{ start: 0, end: 8 }, { start: 4, end: 15 }])).toEqual(['B', 'I', 'B', 'I']);
  });
});
