import { lightStem } from './light-stem.js';
import { normaliseWords } from './normalise-words.js';
import { STOPWORDS } from './stopwords.js';

export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

export interface TermSource {
  readonly title: string;
  /** The first sentences: news puts who, what and where there. */
  readonly lead: string;
  /** The rest of the reporting text (lead excluded). */
  readonly body: string;
}

/** How many salient terms a fingerprint keeps: enough for retrieval and scoring, small to store. */
export const TERM_LIMIT = 40;

// Where a word appears says how central it is: a headline word counts as three body
// occurrences, a lead word as two (the inverted pyramid), set by hand, not fitted.
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
// Capitalised words are mostly names, which identify an event better than common nouns.
const CAPITAL_BOOST = 1.5;

/**
 * Salient terms of one article, most salient first: stop words and numbers dropped, light
 * stemming, occurrence weights by position, damped as 1 + ln(sum) so one repeated word
 * cannot dominate. There is no corpus-wide IDF here (the stage sees one article); the stop
 * list removes the words that every report shares.
 */
export function termVector(source: TermSource, limit = TERM_LIMIT): WeightedTerm[] {
  const sums = new Map<string, number>();
  addOccurrences(sums, source.title, TITLE_WEIGHT);
  addOccurrences(sums, source.lead, LEAD_WEIGHT);
  addOccurrences(sums, source.body, BODY_WEIGHT);
  return [...sums]
    .map(([term, sum]) => ({ term, weight: 1 + Math.log(sum) }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit);
}

/** The term a single word maps to, or null for stop words, numbers and fragments. */
export function termOf(word: string): string | null {
  const [lower] = normaliseWords(word);
  if (lower === undefined || lower.length < 3 || /^\d+$/.test(lower) || STOPWORDS.has(lower)) return null;
  const stem = lightStem(lower);
  return STOPWORDS.has(stem) ? null : stem;
}

/** Calls `visit` with each word of `text` that maps to a term (the term, and the word as written). */
export function forEachTerm(text: string, visit: (term: string, word: string) => void): void {
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const term = termOf(match[0]);
    if (term !== null) visit(term, match[0]);
  }
}

function addOccurrences(sums: Map<string, number>, text: string, weight: number): void {
  forEachTerm(text, (term, word) => {
    const boost = /^\p{Lu}/u.test(word) ? CAPITAL_BOOST : 1;
    sums.set(term, (sums.get(term) ?? 0) + weight * boost);
  });
}
