import { ALIASES } from './aliases.js';
import { COMMON_WORDS, isCommonWord } from './common-words.js';
import { TITLE_WORDS } from './entity-cues.js';
import type { WeightedMention } from './resolve-in-article.js';
import type { RawMention } from './type-name.js';

/**
 * Is this mention ordinary words rather than a name? A single capitalised token that is an
 * ordinary English word ("Divers", "Trade", "Editing", "SOCCER" in capitals) is not a name
 * unless it came from a list (gazetteer, alias, title), resolved to a fuller name in the article
 * ("the Front", a surname), or has strong context ("Mr Moss", "the Harlow government").
 * A longer run made only of ordinary words is a name when a writer chose to capitalise it
 * mid-sentence ("Clean Water Action"), not when position or shouting did ("FOR IMMEDIATE
 * RELEASE", "Northern Farmers Gather" opening a sentence). Frequency plays no part, so the
 * rule holds for a corpus of one article.
 */
export function isJunkMention(raw: RawMention, resolved: WeightedMention): boolean {
  if (raw.known || resolved.key !== raw.key || ALIASES.has(raw.key)) return false;
  // An ordinary word in capitals ("SOCCER", "FRIDAY", "DRAW") is shouting, not an acronym.
  if (raw.acronym) return raw.text.length >= 3 && COMMON_WORDS.has(raw.key);
  if (raw.weight >= 3) return false;
  const words = raw.text.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  const ordinary = words.every((w) => isCommonWord(w) || /^(?:of|the|and|for|&)$/i.test(w));
  if (!ordinary || words.length === 1) return ordinary;
  // A title with no name after it ("our Prime Minister") names no one in particular.
  if (words.every((w) => TITLE_WORDS.has(w.toLowerCase()))) return true;
  return raw.sentenceInitial || !/\p{Ll}/u.test(raw.text);
}
