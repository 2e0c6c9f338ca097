import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../core/model.js';
import { taggingRanges } from './tagging-ranges.js';

/** Sentences of `text` given as [start, end, block] triples. */
const sentences = (spans: readonly (readonly [number, number, number])[]): Sentence[] => spans.map(([start, end, block]) => ({ start, end, block }));

describe('taggingRanges', () => {
  it('reads a rank without letters with the name after it', () => {
    const text = '4. Ana Vell (Eskeland) 13:06.57';
    expect(taggingRanges(text, sentences([[0, 2, 0], [3, text.length, 0]]))).toEqual(sentences([[0, text.length, 0]]));
  });

  it('keeps sentences with words apart, and never joins across paragraphs', () => {
    const text = 'Ana Vell won. Ivo Marrt lost.\n\n2024\n\nTarnby';
    const input = sentences([[0, 13, 0], [14, 29, 0], [31, 35, 1], [37, 43, 2]]);
    expect(taggingRanges(text, input)).toEqual(input);
  });
});
