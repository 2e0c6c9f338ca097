import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';
import { datelineLength } from './dateline.js';
import { segmentArticle } from './index.js';
import type { Article } from '../../core/model.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(sentences('The vote passed. Critics were furious! Was it fair?')).toEqual([
      'The vote passed.', 'Critics were furious!', 'Was it fair?',
    ]);
  });

  it('keeps U.S., U.K. and Mr. inside sentences', () => {
    expect(sentences('Mr. Hale met U.S. officials in the U.K. capital on Monday. He left.')).toEqual([
      'Mr. Hale met U.S. officials in the U.K. capital on Monday.', 'He left.',
    ]);
  });

  it('ends a sentence after an initialism when a new sentence clearly starts', () => {
    expect(sentences('The talks moved to the U.S. The delegates arrived late.')).toEqual([
      'The talks moved to the U.S.', 'The delegates arrived late.',
    ]);
  });

  it('treats a line break as a boundary', () => {
    expect(sentences('Breaking news\nThe port reopened')).toEqual(['Breaking news', 'The port reopened']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('"We will rebuild." The mayor left.')).toEqual(['"We will rebuild."', 'The mayor left.']);
  });

  it('does not split initials in names', () => {
    expect(sentences('John F. Kennedy spoke.')).toEqual(['John F. Kennedy spoke.']);
  });

  it('offsets spans by the base', () => {
    const [first] = splitSentences('Hello there.', 10);
    expect(first).toEqual({ start: 10, end: 22 });
  });
});

describe('tokenize', () => {
  it('keeps initialisms, contractions and hyphenated words whole', () => {
    expect(tokenize("U.S. officials didn't re-open it.").map((t) => t.text)).toEqual([
      'U.S.', 'officials', "didn't", 're-open', 'it', '.',
    ]);
  });
});

describe('datelineLength', () => {
  it('finds wire datelines with place, date and agency', () => {
    const text = 'BRENNICK, Tarnland, May 4 (Valley Wire) — The river rose again.';
    expect(text.slice(datelineLength(text))).toBe('The river rose again.');
  });

  it('finds a bare place dateline', () => {
    expect(datelineLength('KESSEL — Crews worked overnight.')).toBe('KESSEL — '.length);
  });

  it('does not take a capitalised headline or an ordinary sentence for a dateline', () => {
    expect(datelineLength('The mayor spoke - briefly.')).toBe(0);
    expect(datelineLength('BREAKING NEWS FROM THE VALLEY TODAY — floods')).toBe(0);
  });
});

describe('segmentArticle', () => {
  it('makes the dateline its own segment', () => {
    const text = 'KESSEL, May 4 (Valley Wire) — Crews worked overnight. The river fell.';
    const article = { text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' as const }] } as unknown as Article;
    expect(segmentArticle(article).map((s) => text.slice(s.start, s.end))).toEqual([
      'KESSEL, May 4 (Valley Wire) —', 'Crews worked overnight.', 'The river fell.',
    ]);
  });
});
