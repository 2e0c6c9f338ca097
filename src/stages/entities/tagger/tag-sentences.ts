import { splitWords, type WordToken } from './split-words.js';
import { OUTSIDE, spansFromLabels, type EntityLabelType, type LabelSpan } from './labels.js';
import { tagDocumentWithMargins, type Hints, type TaggerModel } from './tag-document.js';

/** A name the tagger found: character offsets in the document text and its CoNLL type. */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityLabelType;
  /** Index of the sentence it sits in, and whether it opens that sentence. */
  readonly sentence: number;
  readonly sentenceInitial: boolean;
  /** The smallest margin of its tokens: how sure the tagger is of the span's type. */
  readonly margin: number;
}

/** A word the tagger left outside every name, and how sure it was of that (its margin). */
export interface OutsideWord {
  readonly start: number;
  readonly end: number;
  readonly margin: number;
}

/** Curly quotes as the straight ones of the training text (CoNLL-2003 has no others). */
const asTrained = (word: string): string => (CURLY.test(word) ? word.replace(/[“”„‟«»]/g, '"').replace(/[‘’‚‛]/g, "'") : word);
const CURLY = /[“”„‟«»‘’‚‛]/;

const hasWord = (token: WordToken): boolean => /[\p{L}\p{N}]/u.test(token.text);

/** Whether the span's words open a bracket that `close` closes: "Mladost ( L )" keeps its ")". */
function closesBracket(words: readonly WordToken[], start: number, end: number): boolean {
  const close = words[end - 1]!.text;
  const open = BRACKETS[close];
  if (!open) return false;
  let depth = 0;
  for (let i = start; i < end - 1; i++) {
    if (words[i]!.text === open) depth++;
    else if (words[i]!.text === close) depth--;
  }
  return depth > 0;
}

const BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/**
 * A span without the quotation marks or dashes a tagger may leave at its edges; a closing
 * bracket stays when the span opened it (a club with its town, "Rad (B)"): cutting it left
 * an unbalanced name and cost 10 exact matches on CoNLL-2003 eng.testa.
 */
function trimmed(words: readonly WordToken[], span: LabelSpan): LabelSpan | null {
  let { start, end } = span;
  while (start < end && !hasWord(words[start]!)) start++;
  while (end > start && !hasWord(words[end - 1]!) && !closesBracket(words, start, end)) end--;
  return end > start ? { ...span, start, end } : null;
}

/**
 * Names in a document given as sentence ranges of `text`: sentences are split into
 * CoNLL-style words and tagged together, so each sees the rest of the document. `hintsFor`
 * supplies the rule finder's labels for those words. `outside` lists the words in no name.
 */
export function tagSentencesFully(
  model: TaggerModel,
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
  hintsFor?: (tokens: readonly (readonly WordToken[])[]) => Hints,
): { spans: TaggedSpan[]; outside: OutsideWord[] } {
  const tokens: WordToken[][] = sentences.map((s) => splitWords(text.slice(s.start, s.end), s.start));
  const decoded = tagDocumentWithMargins(model, tokens.map((words) => words.map((w) => asTrained(w.text))), hintsFor?.(tokens));
  const outside: OutsideWord[] = [];
  tokens.forEach((words, s) => words.forEach((w, i) => {
    if (decoded[s]!.labels[i] === OUTSIDE) outside.push({ start: w.start, end: w.end, margin: decoded[s]!.margins[i]! });
  }));
  const spans = tokens.flatMap((words, s) => {
    const { labels, margins } = decoded[s]!;
    return spansFromLabels(labels).flatMap((raw) => {
      const span = trimmed(words, raw);
      if (!span) return [];
      const margin = Math.min(...margins.slice(raw.start, raw.end));
      return [{ start: words[span.start]!.start, end: words[span.end - 1]!.end, type: span.type, sentence: s, sentenceInitial: span.start === 0, margin }];
    });
  });
  return { spans, outside };
}

/** The names of `tagSentencesFully`. */
export function tagSentences(
  model: TaggerModel,
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
  hintsFor?: (tokens: readonly (readonly WordToken[])[]) => Hints,
): TaggedSpan[] {
  return tagSentencesFully(model, text, sentences, hintsFor).spans;
}
