import type { Span } from '../../core/model.js';

/** A word or punctuation mark with its offsets; `lower` is the lower-cased text. */
export interface WordToken extends Span {
  readonly text: string;
  readonly lower: string;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "state-by-state", "U.S."); every
// other non-space character is a token of its own, so ":" and "—" can be cues.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?(?<=\p{Lu}\.|[\p{L}\p{N}])|''|--|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` inside `span`, in order. */
export function wordTokens(text: string, span: Span): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(TOKEN)) {
    const start = span.start + (match.index ?? 0);
    tokens.push({ start, end: start + match[0].length, text: match[0], lower: match[0].toLowerCase() });
  }
  return tokens;
}
