import type { Sentence } from '../../core/model.js';
import { maskAbbreviations } from './speaker-phrase.js';

/**
 * A sentence stop followed by an opening quotation mark: "… in stride. ''I felt …" or
 * "… in stride. “I felt …". The segmenter may keep such a pair in one sentence; reported
 * speech must not run on into the quotation that follows.
 */
const STOP_BEFORE_QUOTE = /[.!?](?:''|[”"’])?\s+(?=''|[“"])/g;

/** Splits sentences where a new one opens with a quotation mark. Offsets are unchanged. */
export function splitBeforeQuotes(text: string, sentences: readonly Sentence[]): Sentence[] {
  const pieces: Sentence[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    for (const match of maskAbbreviations(text.slice(sentence.start, sentence.end)).matchAll(STOP_BEFORE_QUOTE)) {
      const end = sentence.start + (match.index ?? 0) + match[0].length;
      if (end <= start || end >= sentence.end) continue;
      pieces.push({ start, end, block: sentence.block });
      start = end;
    }
    pieces.push({ start, end: sentence.end, block: sentence.block });
  }
  return pieces;
}
