import type { Span } from '../../core/model.js';
import { wordTokens, type WordToken } from './word-tokens.js';

/** A token with the context the attribution taggers read. */
export interface TaggerToken extends WordToken {
  /** Inside quotation marks (the marks themselves are not). */
  readonly quoted: boolean;
  /** First token of a sentence (after . ! ? or at the paragraph start). */
  readonly opens: boolean;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/**
 * Tokens of one paragraph with their quotation state. Straight marks toggle; curly marks
 * open and close. A paragraph is the unit the taggers see: attributions in PolNeAR rarely
 * cross one, and a direct quote that does is read by the rules.
 */
export function taggerTokens(text: string, paragraph: Span): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  let depth = 0;
  let opens = true;
  for (const token of wordTokens(text, paragraph)) {
    const t = token.text;
    const isOpening = OPENING.has(t) || ((t === '"' || t === "''") && depth === 0);
    const isClosing = CLOSING.has(t) || ((t === '"' || t === "''") && depth > 0);
    if (isClosing && !isOpening) depth = Math.max(0, depth - 1);
    // Fields written out rather than spread: the spread copy was most of this function's time.
    tokens.push({ start: token.start, end: token.end, text: t, lower: token.lower, quoted: depth > 0 && !isOpening, opens });
    if (isOpening) depth++;
    opens = t === '.' || t === '!' || t === '?' || (opens && (isOpening || isClosing));
  }
  return tokens;
}
