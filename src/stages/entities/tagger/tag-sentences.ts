import { splitWords, type WordToken } from './split-words.js';
import { spansFromLabels, type EntityLabelType, type LabelSpan } from './labels.js';
import { tagDocument, type Hints, type TaggerModel } from './tag-document.js';

/** A name the tagger found: character offsets in the document text and its CoNLL type. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityLabelType;
  /** Index of the sentence it sits in, and whether it opens that sentence. */
  readonly sentence: number;
  readonly sentenceInitial: boolean;
}

/** Curly quotes as the straight ones of the training text (CoNLL-2003 has no others). */
const asTrained = (word: string): string => word.replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛]/g, "'");

const hasWord = (token: WordToken): boolean => /[\p{L}\p{N}]/u.test(token.text);

/** A span without the quotation marks or dashes a tagger may leave at its edges. */
function trimmed(words: readonly WordToken[], span: LabelSpan): LabelSpan | null {
  let { start, end } = span;
  while (start < end && !hasWord(words[start]!)) start++;
  while (end > start && !hasWord(words[end - 1]!)) end--;
  return end > start ? { ...span, start, end } : null;
}

/**
 * Names in a document given as sentence ranges of `text`: sentences are split into
 * CoNLL-style words and tagged together, so each sees the rest of the document. `hintsFor`
 * supplies the rule finder's labels for those words.
 */
export function tagSentences(
  model: TaggerModel,
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
  hintsFor?: (tokens: readonly (readonly WordToken[])[]) => Hints,
): TaggedSpan[] {
  const tokens: WordToken[][] = sentences.map((s) => splitWords(text.slice(s.start, s.end), s.start));
  const labels = tagDocument(model, tokens.map((words) => words.map((w) => asTrained(w.text))), hintsFor?.(tokens));
  return tokens.flatMap((words, s) => spansFromLabels(labels[s]!).flatMap((raw) => {
    const span = trimmed(words, raw);
    return span ? [{ start: words[span.start]!.start, end: words[span.end - 1]!.end, type: span.type, sentence: s, sentenceInitial: span.start === 0 }] : [];
  }));
}
