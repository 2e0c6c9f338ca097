import type { Token } from '../../core/model.js';
import { ALIASES } from './aliases.js';
import { isAcronym } from './canonical-key.js';
import { isCommonWord } from './common-words.js';
import { GIVEN_NAMES } from './given-names.js';
import { PLACES } from './places.js';
import { CONNECTORS, NOT_NAMES, ORG_HEADS, ORG_SUFFIXES, TITLE_WORDS } from './entity-cues.js';

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

/** Upper-case abbreviations that are units or zones, not bodies: "GMT", "MP" alone. */
const NOT_NAME_ACRONYMS = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'am', 'pm', 'mp', 'mps', 'faq', 'pdf', 'ok']);

/** Is this capitalised token a plain word, not a name (sentence starters, days, months)? */
function isNotName(token: Token): boolean {
  const word = token.text.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '');
  // In an all-caps headline "AT", "IN", "THE" are still function words; "US" is still a place.
  if (isAcronym(token.text)) return NOT_NAME_ACRONYMS.has(word) || (word.length <= 4 && NOT_NAMES.has(word) && !ALIASES.has(word));
  return NOT_NAMES.has(word);
}

/** Heads of names built with "of": "Bank of Eastland", "Republic of Westmark". */
const NAME_HEADS = new Set([...ORG_HEADS, ...ORG_SUFFIXES, 'republic', 'federation', 'kingdom', 'chamber', 'museum', 'gulf', 'sea', 'bay', 'port', 'city', 'state', 'states', 'isle', 'islands', 'friends']);

/**
 * "Users of the Quillpen app", "Residents of Harlow": a sentence-initial common word joined
 * by "of" to a name is a description of people, not part of the name.
 */
function dropDescriptiveLead(run: Token[], initial: boolean): Token[] {
  const lead = run[0]?.text ?? '';
  // "Engineer Lisa Moss inspected…": a capitalised role word before a given name.
  if (initial && run.length >= 3 && isCommonWord(lead) && !NAME_HEADS.has(lead.toLowerCase()) && GIVEN_NAMES.has((run[1]?.text ?? '').toLowerCase())) return run.slice(1);
  // Mid-sentence, only a plural describes people ("… and Residents of Harlow"); a singular
  // is usually the head of a name ("Chamber of Commerce").
  if (run.length < 3 || run[1]?.text !== 'of' || !isCommonWord(lead) || !(initial || /[^s]s$/.test(lead))) return run;
  if (NAME_HEADS.has(lead.toLowerCase()) || TITLE_WORDS.has(lead.toLowerCase())) return run;
  const rest = run.slice(2);
  return rest[0]?.text === 'the' ? rest.slice(1) : rest;
}

const isShouting = (token: Token): boolean => !/\p{Ll}/u.test(token.text);
const keyOf = (tokens: readonly Token[]): string => tokens.map((t) => t.text.replace(/\./g, '')).join(' ').toLowerCase();

/**
 * An all-caps run ("UNITED STATES SENATE AGREED", "JAPAN WIN") is a headline, not one name:
 * known names are kept whole (longest first), ordinary words split the rest.
 */
function splitShouting(run: Token[]): Token[][] {
  if (run.length < 2 || !run.every(isShouting)) return run.length > 0 ? [run] : [];
  const parts: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => { if (current.length > 0) parts.push(current); current = []; };
  let i = 0;
  while (i < run.length) {
    let j = run.length;
    while (j > i + 1 && !(PLACES.has(keyOf(run.slice(i, j))) || ALIASES.has(keyOf(run.slice(i, j))))) j--;
    if (j > i + 1) { flush(); parts.push(run.slice(i, j)); i = j; continue; }
    if (isCommonWord(run[i]!.text) && !PLACES.has(keyOf([run[i]!]))) flush();
    else current.push(run[i]!);
    i++;
  }
  flush();
  return parts;
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
      const after0 = tokens[j + 1];
      // "Northern Farmers’ Union": a plural possessive inside an organisation's name.
      if (/^['’]$/.test(next.text) && /s$/.test(last.text) && next.start === last.end && after0 && isCapitalised(after0) && ORG_SUFFIXES.has(after0.text.toLowerCase())) {
        run.push(next, after0); j += 2; continue;
      }
      // "Office for Data Protection", "Commission for Human Rights": "for" after a body's head.
      if (next.text === 'for' && NAME_HEADS.has(last.text.toLowerCase()) && after0 && isCapitalised(after0) && !isNotName(after0)) {
        run.push(next, after0); j += 2; continue;
      }
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
    const kept = dropDescriptiveLead(run, i === firstWord);
    for (const part of splitShouting(kept)) spans.push({ tokens: part, sentenceInitial: i === firstWord && part[0] === run[0] });
    i = j;
  }
  return spans;
}
