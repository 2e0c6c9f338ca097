import type { CorefDocument } from './coref-types.js';
import { normaliseWord } from './head-lemma.js';

/** Per lower-cased word: how often it is written capitalised inside a sentence, and in lower case. */
export type CaseCounts = ReadonlyMap<string, { readonly upper: number; readonly lower: number }>;

/**
 * How a corpus writes each word. A word capitalised more often than not inside sentences
 * is a name ("Felt", "Thompson": the lower-case forms come from URL slugs and the verb);
 * one mostly in lower case ("Mom", "Attorney") is a common noun that a headline or a
 * title capitalised.
 */
export function caseCounts(docs: Iterable<CorefDocument>): CaseCounts {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const doc of docs) {
    for (const sentence of doc.sentences.values()) {
      sentence.forEach((w, i) => {
        const upper = /^\p{Lu}\p{Ll}/u.test(w);
        if (!upper && !/^\p{Ll}/u.test(w)) return;
        if (upper && i === 0) return;
        const key = normaliseWord(w);
        const c = counts.get(key) ?? { upper: 0, lower: 0 };
        if (upper) c.upper++;
        else c.lower++;
        counts.set(key, c);
      });
    }
  }
  return counts;
}

/** A capitalised word that the corpus mostly writes capitalised. */
export const isProperWord = (word: string, cases: CaseCounts): boolean => {
  if (!/^\p{Lu}/u.test(word)) return false;
  const c = cases.get(normaliseWord(word));
  return !c || c.upper > c.lower;
};
