import { canonicalKey } from './canonical-key.js';
import { demonymBases } from './demonyms.js';
import type { RawMention } from './type-name.js';

const words = (key: string): string[] => key.split(' ');

/** An article's longer names, indexed by the words a short form can take from them. */
export interface ShortFormIndex {
  /** Non-person names by their last word, and "X of Y" names by "X". */
  readonly heads: ReadonlyMap<string, readonly RawMention[]>;
  readonly byKey: ReadonlyMap<string, readonly RawMention[]>;
}

function push(map: Map<string, RawMention[]>, key: string, m: RawMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

/** Built once per article, so each lookup is a map read, not a scan. */
export function shortFormIndex(all: readonly RawMention[]): ShortFormIndex {
  const heads = new Map<string, RawMention[]>();
  const byKey = new Map<string, RawMention[]>();
  for (const m of all) {
    push(byKey, m.key, m);
    if (m.type === 'person' || !m.key.includes(' ')) continue;
    const w = words(m.key);
    push(heads, w[w.length - 1] ?? '', m);
    if (w[1] === 'of' && w[0] !== w[w.length - 1]) push(heads, w[0] ?? '', m);
  }
  return { heads, byKey };
}

/** The candidate nearest before `at`, else the first one after it. */
function nearest(candidates: readonly RawMention[], at: number): RawMention | null {
  const before = candidates.filter((c) => c.start < at);
  return before[before.length - 1] ?? candidates[0] ?? null;
}

/**
 * "the Front" after "the Eastern Liberation Front", "the Federation" after "the Federation of
 * Westmark": a name's head noun used with "the" points back to that name in the article.
 * The head is the word as written: "the Canadian dollar" (keyed "canada") does not point
 * back to "Statistics Canada". A place stays a place when the longer name is not one: "the
 * Moscow club" after "Dynamo Moscow", "the Chechnya mission" after "OSCE Chechnya" (both
 * rules together: +5 exact matches on CoNLL-2003 eng.testa).
 */
function backReference(text: string, m: RawMention, index: ShortFormIndex): RawMention | null {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const candidates = (index.heads.get(canonicalKey(m.text)) ?? []).filter((c) => m.type !== 'place' || c.type === 'place');
  return nearest(candidates, m.start);
}

/** "Westmarkian" beside "Westmark": a place adjective folds into the place it comes from. */
function demonymPlace(m: RawMention, index: ShortFormIndex): RawMention | null {
  // The base need not be typed yet ("Trade with Eastland"), or may be mistyped as a body: the
  // adjective is evidence itself. A person's name has no adjective.
  const places = demonymBases(m.key)
    .flatMap((base) => index.byKey.get(base) ?? [])
    .filter((c) => c.type !== 'person')
    .sort((a, b) => a.start - b.start);
  return places.length > 0 ? { ...nearest(places, m.start)!, type: 'place' } : null;
}

/**
 * The fuller name a one-word mention stands for in its article (a back-reference or a place
 * adjective), or null. The leading word of an organisation ("Orlan" for "Orlan Construction")
 * is left to the corpus (see `corpus-merges.ts`): one article often cannot tell "Westmark"
 * the country from "Westmark Courier" the paper, the corpus's type votes can.
 */
export function shortFormTarget(text: string, m: RawMention, index: ShortFormIndex): RawMention | null {
  if (m.key.includes(' ') || m.acronym) return null;
  return backReference(text, m, index) ?? demonymPlace(m, index);
}
