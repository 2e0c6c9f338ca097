import type { EntityType, Token } from '../../core/model.js';
import { canonicalKey, isAcronym } from './canonical-key.js';
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
}

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

function classify(tokens: readonly Token[], key: string, titled: boolean): { type: EntityType; known: boolean } {
  const words = tokens.filter((t) => t.text !== '.').map(bare);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // "Governor … of Arkansas" can leave a place after a title; a gazetteer place wins.
  if (titled) return { type: PLACES.has(key) ? 'place' : 'person', known: true };
  if (ORG_SUFFIXES.has(last) || (words.length > 1 && ORG_HEADS.has(first))) return { type: 'organisation', known: true };
  if (PLACES.has(key) || (words.length > 1 && PLACE_SUFFIXES.has(last))) return { type: 'place', known: true };
  if (words.length === 1 && isAcronym(tokens[0]?.text ?? '')) return { type: 'organisation', known: false };
  if (words.length >= 2 && words.length <= 4 && GIVEN_NAMES.has(first)) return { type: 'person', known: true };
  return { type: 'other', known: false };
}

function makeMention(text: string, allTokens: readonly Token[], titled: boolean, initial: boolean): RawMention | null {
  // A split can leave a connector at the front ("of Arkansas"): it is not part of the name.
  const skip = allTokens.findIndex((t) => !CONNECTORS.has(t.text.toLowerCase()));
  const tokens = skip < 0 ? [] : allTokens.slice(skip);
  const firstToken = tokens[0];
  const lastToken = tokens[tokens.length - 1];
  if (!firstToken || !lastToken) return null;
  let end = lastToken.end;
  const surface = text.slice(firstToken.start, end);
  const possessive = /['’]s$/i.exec(surface) ?? /(?<=s)['’]$/.exec(surface);
  if (possessive) end -= possessive[0].length;
  const clean = text.slice(firstToken.start, end);
  const key = canonicalKey(clean);
  if (!key || !/\p{L}/u.test(key)) return null;
  const demonym = tokens.length <= 2 ? DEMONYMS[key] : undefined;
  const acronym = tokens.length === 1 && isAcronym(clean);
  if (demonym) {
    return { start: firstToken.start, end, text: clean, key: demonym, type: 'place', titled: false, known: true, sentenceInitial: initial, acronym: false };
  }
  const { type, known } = classify(tokens, key, titled);
  return { start: firstToken.start, end, text: clean, key, type, titled, known, sentenceInitial: initial, acronym };
}

/** "Ana Ruiz of Harlow" after a title: the person, then the place or body they belong to. */
function splitPersonOf(text: string, tokens: readonly Token[]): RawMention[] {
  const of = tokens.findIndex((t, i) => i > 0 && t.text === 'of');
  const person = makeMention(text, of > 0 ? tokens.slice(0, of) : tokens, true, false);
  const rest = of > 0 ? makeMention(text, tokens.slice(of + 1), false, false) : null;
  return [person, rest].filter((m): m is RawMention => m !== null);
}

/**
 * Splits a capitalised run at its titles and types each part: "U.S. Secretary of State Rex
 * Tillerson" → place "U.S." and person "Rex Tillerson".
 */
export function typeNameSpan(text: string, span: NameSpan): RawMention[] {
  const { tokens } = span;
  const lastWord = bare(tokens[tokens.length - 1] ?? { text: '', start: 0, end: 0 });
  // "General Motors" is a company, not General Motors the person.
  const run = ORG_SUFFIXES.has(lastWord) ? null : lastTitleRun(tokens);
  if (!run) {
    const whole = makeMention(text, tokens, false, span.sentenceInitial);
    if (whole?.type === 'other' && GIVEN_NAMES.has(bare(tokens[0]!)) && tokens.some((t) => t.text === 'of')) {
      return splitPersonOf(text, tokens).map((m, i) => (i === 0 ? { ...m, titled: false } : m));
    }
    return [whole].filter((m): m is RawMention => m !== null);
  }
  const parts: RawMention[] = [];
  const before = tokens.slice(0, run.start);
  if (before.length > 0) {
    const prefix = makeMention(text, before, false, span.sentenceInitial);
    if (prefix) parts.push(prefix);
  }
  parts.push(...splitPersonOf(text, tokens.slice(run.end)));
  return parts;
}
