import { isCommonWord } from './common-words.js';
import type { WeightedMention } from './resolve-in-article.js';
import type { RawMention } from './type-name.js';

/**
 * Is this mention ordinary words rather than a name? A single capitalised token that is an
 * ordinary English word ("Divers", "Trade", "Editing") is not a name unless it is an acronym,
 * came from a list (gazetteer, alias, title), resolved to a fuller name in the article
 * ("the Front", a surname), or has strong context ("Mr Moss", "the Harlow government").
 * A longer run made only of ordinary words with no such support ("FOR IMMEDIATE RELEASE",
 * "Data Protection" left before a title) is not one either. Frequency plays no part, so the
 * rule holds for a corpus of one article.
 */
export function isJunkMention(raw: RawMention, resolved: WeightedMention): boolean {
  if (raw.known || raw.acronym || resolved.key !== raw.key) return false;
  if (raw.weight >= 3) return false;
  const words = raw.text.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  return words.every((w) => isCommonWord(w) || /^(?:of|the|and|for|&)$/i.test(w));
}
