import type { MentionView } from './mention-words.js';

/**
 * The acronym a mention stands for or spells: "Internet Explorer" → "ie", "IE" → "ie",
 * "U.N." → "un". Multi-word names give their initials (two words or more, capitalised
 * words only); a lone all-capital word of 2–5 letters is its own acronym. Undefined otherwise.
 */
export function acronymKey(view: MentionView): string | undefined {
  const words = view.words.filter((w) => /^\p{Lu}/u.test(w));
  if (view.words.length === 1) {
    const bare = (view.words[0] ?? '').replace(/\./g, '');
    return /^\p{Lu}{2,5}$/u.test(bare) ? bare.toLowerCase() : undefined;
  }
  if (words.length < 2 || words.some((w) => /^\p{Lu}+$/u.test(w))) return undefined;
  return words.map((w) => w[0] ?? '').join('').toLowerCase();
}
