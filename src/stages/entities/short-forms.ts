import { demonymBases } from './demonyms.js';
import type { RawMention } from './type-name.js';

const words = (key: string): string[] => key.split(' ');

/** The candidate nearest before `at`, else the first one after it. */
function nearest(candidates: readonly RawMention[], at: number): RawMention | null {
  const before = candidates.filter((c) => c.start < at);
  return before[before.length - 1] ?? candidates[0] ?? null;
}

/**
 * "the Front" after "the Eastern Liberation Front", "the Federation" after "the Federation of
 * Westmark": a name's head noun used with "the" points back to that name in the article.
 */
function backReference(text: string, m: RawMention, all: readonly RawMention[]): RawMention | null {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const candidates = all.filter((c) => {
    if (c.type === 'person' || !c.key.includes(' ')) return false;
    const w = words(c.key);
    return w[w.length - 1] === m.key || (w[0] === m.key && w[1] === 'of');
  });
  return nearest(candidates, m.start);
}

/** "Westmarkian" beside "Westmark": a place adjective folds into the place it comes from. */
function demonymPlace(m: RawMention, all: readonly RawMention[]): RawMention | null {
  const bases = new Set(demonymBases(m.key));
  if (bases.size === 0) return null;
  // The base need not be typed yet ("Trade with Eastland"): the adjective is evidence itself.
  const places = all.filter((c) => bases.has(c.key) && c.type !== 'person' && c.type !== 'organisation');
  return places.length > 0 ? { ...nearest(places, m.start)!, type: 'place' } : null;
}

/**
 * The fuller name a one-word mention stands for in its article (a back-reference or a place
 * adjective), or null. The leading word of an organisation ("Orlan" for "Orlan Construction")
 * is left to the corpus (see `corpus-merges.ts`): one article often cannot tell "Westmark"
 * the country from "Westmark Courier" the paper, the corpus's type votes can.
 */
export function shortFormTarget(text: string, m: RawMention, all: readonly RawMention[]): RawMention | null {
  if (m.key.includes(' ') || m.acronym) return null;
  return backReference(text, m, all) ?? demonymPlace(m, all);
}
