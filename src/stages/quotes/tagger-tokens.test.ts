import { describe, expect, it } from 'vitest';
import { taggerTokens } from './tagger-tokens.js';

describe('taggerTokens', () => {
  it('splits words from punctuation and keeps abbreviations and contractions whole', () => {
    const text = 'Ms. Oduya said: “U.S. ports don’t wait.”';
    expect(taggerTokens(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual(['Ms', '.', 'Oduya', 'said', ':', '“', 'U.S.', 'ports', 'don’t', 'wait', '.', '”']);
  });

  it('marks the words inside quotation marks, not the marks, and sentence openings', () => {
    const text = 'Lee said "go now" today. Then he left.';
    const tokens = taggerTokens(text, { start: 0, end: text.length });
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['go', 'now']);
    expect(tokens.filter((t) => t.opens).map((t) => t.text)).toEqual(['Lee', 'Then']);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('"');
  });
});
