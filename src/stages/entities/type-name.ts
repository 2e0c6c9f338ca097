import type { EntityType, Token } from '../../core/model.js';
import { canonicalKey, isAcronym, LEGAL_SUFFIXES, stripLegalSuffix } from './canonical-key.js';
import { isCommonWord } from './common-words.js';
import { contextEvidence, datelineEvidence, NO_EVIDENCE } from './context-evidence.js';
import { CONNECTORS, ORG_HEADS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLE_WORDS, WEAK_TITLE_WORDS } from './entity-cues.js';
import { GIVEN_NAMES } from './given-names.js';
import { DEMONYMS, PLACES } from './places.js';
import type { NameSpan } from './find-name-spans.js';

/** A typed name before in-article resolution. */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly type: EntityType;
  /** A title preceded the name ("President", "Mr."), so it is surely a person. */
  readonly titled: boolean;
  /** Type came from a list (gazetteer, alias, demonym, title, suffix), not a guess. */
  readonly known: boolean;
  readonly sentenceInitial: boolean;
  readonly acronym: boolean;
  /** How strongly the evidence supports `type` (see `context-evidence.ts` for the scale). */
  readonly weight: number;
}

/** Weight of a type that came from a list or the name's own words. */
const LISTED = 3;

const bare = (token: Token): string => token.text.replace(/\.$/, '').toLowerCase();

function isTitleAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.text === '.') return index > 0 && isTitleAt(tokens, index - 1);
  const word = bare(token);
  if (!TITLE_WORDS.has(word)) return false;
  if (!WEAK_TITLE_WORDS.has(word)) return true;
  // Weak words ("State", "Foreign") are titles only next to a strong one ("Foreign Minister").
  const neighbours = [tokens[index - 1], tokens[index - 2], tokens[index + 1], tokens[index + 2]];
  return neighbours.some((n) => n !== undefined && TITLE_WORDS.has(bare(n)) && !WEAK_TITLE_WORDS.has(bare(n)));
}

/** Index just after the last title run that is followed by a name, or -1 (and its start). */
function lastTitleRun(tokens: readonly Token[]): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isTitleAt(tokens, i)) { i++; continue; }
    const start = i;
    while (i < tokens.length && (isTitleAt(tokens, i) || (bare(tokens[i]!) === 'of' && isTitleAt(tokens, i + 1)))) i++;
    if (i < tokens.length) found = { start, end: i };
  }
  return found;
}

/** "Republic of Eastland", "Federation of Westmark": a state's long name is a place. */
const STATE_FORM = /(?:^|\s)(?:republic|federation|kingdom|principality|sultanate|emirate|commonwealth|grand duchy) of ([\p{L}-]+)$/u;

/**
 * Two or three unfamiliar capitalised words ("Sofia Renn") are most often a person in news;
 * a lean only, since firms are named that way too.
 */
function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || isCommonWord(words[0] ?? '')) return false;
  return words.every((w) => /^\p{L}[\p{L}'-]+$/u.test(w) && !CONNECTORS.has(w) && !ORG_SUFFIXES.has(w) && !PLACE_SUFFIXES.has(w));
}

/** "Harlow Chamber of Commerce", "Institute for Trade": an institution's head before "of"/"for". */
function hasOrgHeadBeforeOf(words: readonly string[]): boolean {
  return words.some((w, i) => i < words.length - 1 && ['of', 'for'].includes(words[i + 1] ?? '') && (ORG_HEADS.has(w) || ORG_SUFFIXES.has(w) || w === 'chamber'));
}

function classify(tokens: readonly Token[], key: string, titled: boolean): { type: EntityType; known: boolean; weight: number } {
  const words = tokens.filter((t) => t.text !== '.' && t.text !== ',').map(bare);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const listed = (type: EntityType) => ({ type, known: true, weight: LISTED });
  // "Governor … of Arkansas" can leave a place after a title; a gazetteer place wins.
  if (titled) return listed(PLACES.has(key) ? 'place' : 'person');
  // A gazetteer place beats a suffix ("Soviet Union", "Great Lakes").
  if (PLACES.has(key)) return listed('place');
  const state = STATE_FORM.exec(key);
  if (state?.[1] && !isCommonWord(state[1])) return listed('place');
  // One generic word alone ("Police", "Union") is not a name; a suffix needs a name before it.
  const multi = words.length > 1;
  if (multi && (ORG_SUFFIXES.has(last) || LEGAL_SUFFIXES.has(last) || ORG_HEADS.has(first) || hasOrgHeadBeforeOf(words))) return listed('organisation');
  if (multi && (PLACE_SUFFIXES.has(last) || PLACE_HEADS.has(first))) return listed('place');
  if (words.length === 1 && isAcronym(tokens[0]?.text ?? '')) return { type: 'organisation', known: false, weight: 1 };
  if (words.length >= 2 && words.length <= 4 && GIVEN_NAMES.has(first)) return listed('person');
  // "R. Kessel", "A.B. Moreau": initials before a surname are a person's.
  if (tokens.length >= 3 && /^\p{Lu}$/u.test(tokens[0]?.text ?? '') && tokens[1]?.text === '.' && !isCommonWord(last)) return listed('person');
  if (looksLikePersonName(words)) return { type: 'person', known: false, weight: 1 };
  return { type: 'other', known: false, weight: NO_EVIDENCE };
}

/** Combines what the name says about itself with what its context says. */
function typeWithContext(text: string, start: number, end: number, tokens: readonly Token[], key: string, titled: boolean) {
  const own = classify(tokens, key, titled);
  const context = datelineEvidence(text, start, end) ?? contextEvidence(text, start, end);
  if (!context) return own;
  // "Kossel said" alone does not make a person of a single word.
  if (context.type === 'person' && context.weight < 2 && tokens.length === 1) return own;
  if (own.known && !(own.type === 'organisation' && tokens.length === 1)) return own;
  // A single all-caps word in a dateline ("HALVIK —") is a place, not an acronym.
  if (context.weight < own.weight) return own;
  return { type: context.type, known: context.weight >= 2, weight: context.weight };
}

/** First words of place names: "St Olave", "San Remo", "Fort Ardley", "Mount Kessel". */
const PLACE_HEADS = new Set(['st', 'ste', 'saint', 'san', 'santa', 'sao', 'fort', 'mount', 'mt', 'lake', 'cape', 'isle']);

/** Titles of a state's office holders: the name before them is usually the state. */
const STATE_TITLES = new Set(['president', 'prime', 'premier', 'chancellor', 'king', 'queen', 'ambassador', 'foreign', 'interior', 'defence', 'defense']);

/** Compound adjectives built on a place name: "Harlow-based", "Eastland-flagged". */
const PLACE_COMPOUND = /-(?:based|born|flagged|registered|bound)$/i;

function makeMention(text: string, allTokens: readonly Token[], titled: boolean, initial: boolean): RawMention | null {
  // A split can leave a connector at the front ("of Arkansas"): it is not part of the name.
  const skip = allTokens.findIndex((t) => !CONNECTORS.has(t.text.toLowerCase()));
  const tokens = skip < 0 ? [] : allTokens.slice(skip);
  const firstToken = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  if (!firstToken || !lastToken) return null;
  let end = lastToken.end;
  let begin = firstToken.start;
  // "the Federation of Westmark" inside a longer run: the article is not part of the name.
  if (/^the\s/i.test(text.slice(begin, end)) && tokens.length > 1) begin = tokens[1]!.start;
  const compound = PLACE_COMPOUND.exec(text.slice(begin, end));
  if (compound) end -= compound[0].length;
  const surface = text.slice(begin, end);
  const possessive = /['’]s$/i.exec(surface) ?? /(?<=s)['’]$/.exec(surface);
  if (possessive) end -= possessive[0].length;
  const clean = text.slice(begin, end).replace(/,$/, '');
  end = begin + clean.length;
  const key = stripLegalSuffix(canonicalKey(clean));
  if (!key || !/\p{L}/u.test(key)) return null;
  const demonym = tokens.length <= 2 ? (DEMONYMS[key] ?? (key.endsWith('s') ? DEMONYMS[key.slice(0, -1)] : undefined)) : undefined;
  const acronym = tokens.length === 1 && isAcronym(clean);
  if (demonym) {
    return { start: begin, end, text: clean, key: demonym, type: 'place', titled: false, known: true, sentenceInitial: initial, acronym: false, weight: LISTED };
  }
  const { type, known, weight } = typeWithContext(text, begin, end, tokens.filter((t) => t.start >= begin), key, titled);
  return { start: begin, end, text: clean, key, type, titled, known, sentenceInitial: initial, acronym, weight };
}

/** "Ana Ruiz of Harlow" after a title: the person, then the place or body they belong to. */
function splitPersonOf(text: string, tokens: readonly Token[]): RawMention[] {
  const of = tokens.findIndex((t, i) => i > 0 && t.text === 'of');
  const person = makeMention(text, of > 0 ? tokens.slice(0, of) : tokens, true, false);
  const rest = of > 0 ? makeMention(text, tokens.slice(of + 1), false, false) : null;
  return [person, rest].filter((m): m is RawMention => m !== null);
}

/**
 * "Lena Marsh of Brightwell Foundry": before "of", a given name or two or three unfamiliar
 * words; after it, a name the lists type as an organisation or place.
 */
function personThenBody(text: string, tokens: readonly Token[], of: number): boolean {
  const person = tokens.slice(0, of).map(bare);
  if (!GIVEN_NAMES.has(person[0] ?? '') && !looksLikePersonName(person)) return false;
  const body = makeMention(text, tokens.slice(of + 1), false, false);
  return GIVEN_NAMES.has(person[0] ?? '') || (body !== null && body.known && body.type !== 'person');
}

/**
 * Splits a capitalised run at its titles and types each part: "U.S. Secretary of State Rex
 * Tillerson" → place "U.S." and person "Rex Tillerson".
 */
export function typeNameSpan(text: string, span: NameSpan): RawMention[] {
  const { tokens } = span;
  const lastWord = bare(tokens[tokens.length - 1] ?? { text: '', start: 0, end: 0 });
  // "General Motors" is a company, not General Motors the person.
  const titles = lastTitleRun(tokens);
  // "Chief Executive Officer of Quillpen Labs": a title, then the organisation it belongs to.
  if (titles && ORG_SUFFIXES.has(lastWord) && tokens[titles.end]?.text === 'of') {
    return [makeMention(text, tokens.slice(titles.end + 1), false, false)].filter((m): m is RawMention => m !== null);
  }
  const run = ORG_SUFFIXES.has(lastWord) ? null : titles;
  if (!run) {
    const whole = makeMention(text, tokens, false, span.sentenceInitial);
    // "Hugo Marsh of the Harlow Chamber of Commerce": a person, then the body they speak for.
    const of = tokens.findIndex((t) => t.text === 'of');
    if (whole?.type !== 'place' && of >= 2 && of <= 3 && personThenBody(text, tokens, of)) {
      return splitPersonOf(text, tokens).map((m, i) => (i === 0 ? { ...m, titled: false, weight: 2 } : m));
    }
    return [whole].filter((m): m is RawMention => m !== null);
  }
  const parts: RawMention[] = [];
  const before = tokens.slice(0, run.start);
  if (before.length > 0) {
    // "Data Protection Commissioner Wim Tarrant": ordinary words before a title are a portfolio.
    const portfolio = before.every((t) => isCommonWord(t.text) || CONNECTORS.has(t.text.toLowerCase()));
    const prefix = portfolio ? null : makeMention(text, before, false, span.sentenceInitial);
    // "Eastland President Ana Ruiz": the word before a head-of-state title is a country.
    const ofState = tokens.slice(run.start, run.end).some((t) => STATE_TITLES.has(bare(t)));
    if (prefix) parts.push(ofState && prefix.type === 'other' ? { ...prefix, type: 'place', known: true, weight: 2 } : prefix);
  }
  parts.push(...splitPersonOf(text, tokens.slice(run.end)));
  return parts;
}
