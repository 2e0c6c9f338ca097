import type { EntityType } from '../../core/model.js';
import { allowedEdits, editDistance } from './edit-distance.js';
import { PLACES } from './places.js';

/** What the corpus says about one key: how it is typed, named, and what it appears with. */
export interface KeyStats {
  readonly key: string;
  readonly types: Map<EntityType, number>;
  readonly names: Map<string, number>;
  readonly surfaces: Set<string>;
  mentions: number;
  readonly articles: Set<string>;
  /** Co-occurring keys (`k:`) and article terms (`t:`). */
  readonly context: Set<string>;
}

function majorityType(stats: KeyStats): EntityType {
  return [...stats.types].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0] ?? 'other';
}

/**
 * Context agrees when the two keys share at least two context items (co-occurring entities
 * or terms), or all of them when one has fewer than two. One shared item alone is weak:
 * "united states" co-occurs with almost everything in a politics corpus.
 */
function contextAgrees(a: KeyStats, b: KeyStats): boolean {
  let shared = 0;
  for (const item of a.context) if (item !== `k:${b.key}` && b.context.has(item)) shared++;
  const smaller = Math.min(a.context.size, b.context.size);
  return shared >= Math.min(2, Math.max(1, smaller));
}

/**
 * Two spellings used side by side in one article are two things the writer tells apart
 * ("North Carolina" and "South Carolina"); a misspelling does not sit next to its original.
 */
function coOccur(a: KeyStats, b: KeyStats): boolean {
  for (const article of a.articles) if (b.articles.has(article)) return true;
  return false;
}

/** True when two keys are one name spelled two ways (same type already checked). */
function spellingsMatch(a: string, b: string, type: EntityType): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (type === 'person' && wa.length >= 2 && wb.length >= 2) {
    // Full names: every word but the surname must match exactly, so "John Smith" and
    // "Jane Smith" never merge, while "Rex Tillson" and "Rex Tillerson" can.
    if (wa.length !== wb.length || wa.slice(0, -1).join(' ') !== wb.slice(0, -1).join(' ')) return false;
    const [sa, sb] = [wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? ''];
    return sa !== sb && editDistance(sa, sb, 2) <= allowedEdits(Math.max(sa.length, sb.length));
  }
  if (type === 'person' && (wa.length === 1) !== (wb.length === 1)) {
    // A lone misspelt surname ("Tilerson") against a full name's surname.
    const [single, full] = wa.length === 1 ? [a, wb[wb.length - 1] ?? ''] : [b, wa[wa.length - 1] ?? ''];
    return editDistance(single, full, 2) <= allowedEdits(Math.max(single.length, full.length));
  }
  // Other names: same number of words, exactly one word spelt differently ("Federal Election
  // Commission" / "Federal Elections Commission"); "North"/"South" and numerals never count.
  if (wa.length !== wb.length) return false;
  const differing = wa.map((w, i) => [w, wb[i] ?? ''] as const).filter(([x, y]) => x !== y);
  const [pair] = differing;
  if (differing.length !== 1 || !pair || CONTRASTS.has(pair[0]) || CONTRASTS.has(pair[1])) return false;
  return editDistance(pair[0], pair[1], 2) <= allowedEdits(Math.max(pair[0].length, pair[1].length));
}

/** Words whose one-letter neighbours name a different thing. */
const CONTRASTS = new Set(['north', 'south', 'east', 'west', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'first', 'second', 'third']);

/** Blocking key: type plus first letter of the last word (typos rarely hit the first letter). */
function blockOf(stats: KeyStats): string {
  const last = stats.key.split(' ').pop() ?? '';
  return `${majorityType(stats)}|${last[0] ?? ''}`;
}

/** Pairs of keys that are near-miss spellings of one entity with agreeing context. */
export function findNearMisses(all: readonly KeyStats[]): [string, string][] {
  const blocks = new Map<string, KeyStats[]>();
  for (const stats of [...all].sort((a, b) => a.key.localeCompare(b.key))) {
    const block = blockOf(stats);
    blocks.set(block, [...(blocks.get(block) ?? []), stats]);
  }
  const pairs: [string, string][] = [];
  for (const [block, members] of blocks) {
    const type = block.split('|')[0] as EntityType;
    // Untyped names are too noisy to merge by spelling ("Christians" / "Christmas").
    if (type === 'other') continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        // Two gazetteer places are two places ("Austria", "Australia").
        if (PLACES.has(a.key) && PLACES.has(b.key)) continue;
        if (spellingsMatch(a.key, b.key, type) && !coOccur(a, b) && contextAgrees(a, b)) pairs.push([a.key, b.key]);
      }
    }
  }
  pairs.push(...surnamePairs(all));
  return dropAmbiguousSurnames(pairs);
}

/** "donald j trump" → "donald trump": middle initials dropped. */
function withoutInitials(key: string): string {
  const words = key.split(' ');
  return words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ');
}

/**
 * A surname used alone across the corpus ("Obama", in articles that never give the full
 * name) joins the one person with that surname whose context agrees; a middle initial
 * ("Donald J. Trump") does not make another person.
 */
function surnamePairs(all: readonly KeyStats[]): [string, string][] {
  const people = all.filter((s) => majorityType(s) === 'person' && s.key.includes(' '));
  const bySurname = new Map<string, KeyStats[]>();
  for (const person of people) {
    const surname = person.key.split(' ').pop() ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  const byKey = new Map(people.map((p) => [p.key, p]));
  const pairs: [string, string][] = [];
  const initialled = new Map<string, string[]>();
  for (const stats of all) {
    const type = majorityType(stats);
    // The lone word must be used as a person's name somewhere ("President Obama", "Obama
    // said"): a fifth of its uses at least, so group words ("Republican") stay apart.
    const personShare = (stats.types.get('person') ?? 0) / Math.max(1, stats.mentions);
    if (!stats.key.includes(' ') && (type === 'person' || type === 'other') && personShare >= 0.2) {
      // Candidates that differ only by a middle initial count as one person.
      const candidates = bySurname.get(stats.key) ?? [];
      const distinct = new Set(candidates.map((c) => withoutInitials(c.key)));
      const only = candidates.find((c) => contextAgrees(stats, c));
      if (only && distinct.size === 1) pairs.push([stats.key, only.key]);
    }
    const words = stats.key.split(' ');
    if (type === 'person' && words.length >= 3) {
      const plain = withoutInitials(stats.key);
      if (plain !== stats.key && byKey.has(plain)) initialled.set(plain, [...(initialled.get(plain) ?? []), stats.key]);
    }
  }
  // "George W. Bush" and "George P. Bush" both shorten to "George Bush": join neither.
  for (const [plain, variants] of initialled) if (variants.length === 1) pairs.push([variants[0]!, plain]);
  return pairs;
}

/**
 * A lone surname that matches two full names ("Smith": John and Jane) joins neither. Full
 * names already paired as one person's spellings ("Rex Tillerson" / "Rex Tillson") count once.
 */
function dropAmbiguousSurnames(pairs: readonly [string, string][]): [string, string][] {
  const same = new Map<string, string>();
  const root = (key: string): string => {
    const parent = same.get(key);
    return parent === undefined || parent === key ? key : root(parent);
  };
  for (const [a, b] of pairs) {
    if (!a.includes(' ') || !b.includes(' ')) continue;
    const [ra, rb] = [root(withoutInitials(a)), root(withoutInitials(b))];
    if (ra !== rb) same.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const partners = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    const single = !a.includes(' ') && b.includes(' ') ? a : !b.includes(' ') && a.includes(' ') ? b : null;
    if (single === null) continue;
    const set = partners.get(single) ?? new Set();
    set.add(root(withoutInitials(single === a ? b : a)));
    partners.set(single, set);
  }
  return pairs.filter(([a, b]) => ![a, b].some((key) => (partners.get(key)?.size ?? 0) > 1));
}
