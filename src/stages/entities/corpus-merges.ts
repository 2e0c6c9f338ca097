import type { EntityType } from '../../core/model.js';
import { demonymBases } from './demonyms.js';
import type { KeyStats } from './near-miss.js';
import { winningType } from './vote-types.js';

const typeOf = (s: KeyStats): EntityType => winningType(s.types);

/** Only weak cues ("X said") call it a person: no title, given name or "Mr". */
function weaklyPerson(s: KeyStats): boolean {
  return (s.types.get('person') ?? 0) <= s.mentions;
}

function shareArticle(a: KeyStats, b: KeyStats): boolean {
  for (const article of a.articles) if (b.articles.has(article)) return true;
  return false;
}

/** "Westmarkian", "Westmarkers" → "Westmark" when Westmark is a place in the corpus. */
function demonymPairs(all: readonly KeyStats[], byKey: ReadonlyMap<string, KeyStats>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const s of all) {
    if (s.key.includes(' ') || !weaklyPerson(s) || typeOf(s) === 'organisation') continue;
    const place = demonymBases(s.key).map((b) => byKey.get(b)).find((b) => b !== undefined && typeOf(b) === 'place');
    if (place) pairs.push([s.key, place.key]);
  }
  return pairs;
}

const STATE_FORM = /^(?:republic|federation|kingdom|principality|sultanate|emirate|commonwealth) of ([\p{L}-]+)$/u;

/** "Federation of Westmark" and "Westmark" are one country. */
function stateFormPairs(all: readonly KeyStats[], byKey: ReadonlyMap<string, KeyStats>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const s of all) {
    const short = byKey.get(STATE_FORM.exec(s.key)?.[1] ?? '');
    if (short && ['place', 'other'].includes(typeOf(short))) pairs.push([s.key, short.key]);
  }
  return pairs;
}

/**
 * "Quillpen" used alone in articles that also name "Quillpen Labs", and no other
 * organisation starting with that word: the short form of that organisation. A word that is
 * a place ("Harlow" beside "Harlow District Court") or clearly a person stays itself.
 */
function shortFormPairs(all: readonly KeyStats[]): [string, string][] {
  // Indexed by first word: `o.key` starts with "<key> " exactly when its first word is the key.
  const orgsByFirstWord = groupBy(all.filter((s) => s.key.includes(' ') && typeOf(s) === 'organisation'), (o) => [o.key.split(' ')[0] ?? '']);
  const pairs: [string, string][] = [];
  for (const s of all) {
    if (s.key.includes(' ') || typeOf(s) === 'place' || !weaklyPerson(s)) continue;
    const partners = (orgsByFirstWord.get(s.key) ?? []).filter((o) => shareArticle(s, o));
    if (partners.length === 1) pairs.push([s.key, partners[0]!.key]);
  }
  return pairs;
}

const initialsOf = (key: string): string =>
  key.split(' ').filter((w) => !['of', 'the', 'and', 'for', 'de', '&'].includes(w)).map((w) => w[0]).join('');

/**
 * An acronym used in articles that never spell it out ("EWA") joins the one organisation in
 * the corpus whose initials it is ("Eastland Water Authority"); two candidates, neither.
 */
function acronymPairs(all: readonly KeyStats[]): [string, string][] {
  const byInitials = new Map<string, KeyStats[]>();
  for (const s of all) {
    if (!s.key.includes(' ') || typeOf(s) !== 'organisation') continue;
    const initials = initialsOf(s.key);
    if (initials.length < 2) continue;
    const group = byInitials.get(initials);
    if (group) group.push(s);
    else byInitials.set(initials, [s]);
  }
  const pairs: [string, string][] = [];
  for (const s of all) {
    const candidates = s.key.includes(' ') ? [] : (byInitials.get(s.key) ?? []);
    if (candidates.length === 1 && typeOf(s) === 'organisation') pairs.push([s.key, candidates[0]!.key]);
  }
  return pairs;
}

/**
 * "Water Authority" (from "Eastland's Water Authority") and "Eastland Water Authority": a
 * name of two or more words that is the tail of exactly one longer organisation name.
 */
function tailPairs(all: readonly KeyStats[]): [string, string][] {
  const orgs = all.filter((s) => s.key.includes(' ') && typeOf(s) === 'organisation');
  // Indexed by every proper word-suffix of two words or more: linear in the names' words,
  // where comparing every pair of names grew with the square of the entity table.
  const byTail = groupBy(orgs, (o) => {
    const words = o.key.split(' ');
    return words.slice(1, -1).map((_, i) => words.slice(i + 1).join(' '));
  });
  const pairs: [string, string][] = [];
  for (const s of orgs) {
    const longer = byTail.get(s.key) ?? [];
    if (longer.length === 1) pairs.push([s.key, longer[0]!.key]);
  }
  return pairs;
}

/**
 * "the Federation" in articles that never spell out "Federation of Westmark": a head noun
 * that survived as a name (strong evidence made it one) joins the one name in the corpus it
 * heads or ends, of a compatible type.
 */
function headPairs(all: readonly KeyStats[]): [string, string][] {
  // Indexed by the word a name ends with and by X of "X of …": each name once per word.
  const byHead = groupBy(all.filter((o) => o.key.includes(' ') && typeOf(o) !== 'person'), (o) => {
    const words = o.key.split(' ');
    const last = words[words.length - 1] ?? '';
    return words[1] === 'of' && words[0] !== last ? [last, words[0] ?? ''] : [last];
  });
  const pairs: [string, string][] = [];
  for (const s of all) {
    if (s.key.includes(' ') || typeOf(s) === 'person') continue;
    const heads = (byHead.get(s.key) ?? []).filter((o) => [typeOf(o), 'other'].includes(typeOf(s)));
    if (heads.length === 1) pairs.push([s.key, heads[0]!.key]);
  }
  return pairs;
}

/** Each item under each of its index words, in input order. */
function groupBy(items: readonly KeyStats[], indexWords: (item: KeyStats) => readonly string[]): Map<string, KeyStats[]> {
  const groups = new Map<string, KeyStats[]>();
  for (const item of items) {
    for (const word of indexWords(item)) {
      const group = groups.get(word);
      if (group) group.push(item);
      else groups.set(word, [item]);
    }
  }
  return groups;
}

/** Key pairs that name one entity, by rules that need the whole corpus's types. */
export function corpusMerges(all: readonly KeyStats[]): [string, string][] {
  const byKey = new Map(all.map((s) => [s.key, s]));
  return [
    ...demonymPairs(all, byKey), ...stateFormPairs(all, byKey), ...shortFormPairs(all),
    ...acronymPairs(all), ...tailPairs(all), ...headPairs(all),
  ];
}
