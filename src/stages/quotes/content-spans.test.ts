import { describe, expect, it } from 'vitest';
import type { Sentence, Span } from '../../core/model.js';
import { tidyContentSpans } from './content-spans.js';

const text = 'Mayor Ines Duarte said that the ferry line would reopen in May. Rivals disagree.';
const sentences: Sentence[] = [{ start: 0, end: 64, block: 0 }, { start: 64, end: text.length, block: 0 }];
const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('tidyContentSpans', () => {
  it('joins pieces of one clause and runs a piece to its sentence end, without the full stop', () => {
    const spans = tidyContentSpans(text, sentences, [at('that the ferry'), at('would reopen')], [at('said')]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['that the ferry line would reopen in May']);
  });

  it('does not join across a tagged cue or stretch past one', () => {
    const spans = tidyContentSpans(text, sentences, [at('Mayor Ines'), at('the ferry')], [at('said'), at('reopen')]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Mayor Ines', 'the ferry']);
  });
});
