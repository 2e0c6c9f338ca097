import type { Token } from '../../core/model.js';
import { isAcronym } from './canonical-key.js';
import { CONNECTORS, NOT_NAMES, TITLE_WORDS } from './entity-cues.js';

/** A run of capitalised tokens inside one sentence. */
export interface NameSpan {
  readonly tokens: readonly Token[];
  /** True when the run starts the sentence (or the quotation that starts it). */
  readonly sentenceInitial: boolean;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '-', '–']);

export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(token.text);
}

function isInitialOrTitleDot(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (!previous || !current || current.text !== '.' || previous.end !== current.start) return false;
  // Only an initial ("John F. Kennedy") or an abbreviated title ("Gen. Hale") keeps its period.
  return /^\p{Lu}$/u.test(previous.text) || (previous.text.length <= 4 && TITLE_WORDS.has(previous.text.toLowerCase()));
}

function gapBreaks(text: string, a: Token, b: Token, base: number): boolean {
  return /\n/.test(text.slice(a.end - base, b.start - base));
}

/** Is this capitalised token a plain word, not a name (sentence starters, days, months)? */
function isNotName(token: Token): boolean {
  return !isAcronym(token.text) && NOT_NAMES.has(token.text.toLowerCase().replace(/’/g, "'"));
}

/**
 * Capitalised runs in a sentence: "Secretary of State Rex Tillerson", "John F. Kennedy",
 * "Bank of Northland". Lower-case connectors join two capitalised words; a possessive ends
 * the run ("Hale's office" → "Hale's"); common words split it.
 */
export function findNameSpans(sentenceText: string, tokens: readonly Token[], base: number): NameSpan[] {
  const spans: NameSpan[] = [];
  let firstWord = tokens.findIndex((token) => !OPENERS.has(token.text));
  if (firstWord < 0) firstWord = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !isCapitalised(token) || isNotName(token)) { i++; continue; }
    const run: Token[] = [token];
    let j = i + 1;
    while (j < tokens.length && !/['’]s$/i.test(run[run.length - 1]?.text ?? '')) {
      const next = tokens[j];
      const last = run[run.length - 1];
      if (!next || !last || gapBreaks(sentenceText, last, next, base)) break;
      if (isInitialOrTitleDot(tokens, j)) { run.push(next); j++; continue; }
      if (isCapitalised(next) && !isNotName(next)) { run.push(next); j++; continue; }
      const after = tokens[j + 1];
      const afterAfter = tokens[j + 2];
      if (CONNECTORS.has(next.text.toLowerCase()) && after && isCapitalised(after) && !isNotName(after)) {
        run.push(next, after); j += 2; continue;
      }
      if (next.text.toLowerCase() === 'of' && after?.text === 'the' && afterAfter && isCapitalised(afterAfter)) {
        run.push(next, after, afterAfter); j += 3; continue;
      }
      break;
    }
    spans.push({ tokens: run, sentenceInitial: i === firstWord });
    i = j;
  }
  return spans;
}
