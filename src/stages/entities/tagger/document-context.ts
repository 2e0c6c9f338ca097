import { isAllCaps, isCapitalised } from './word-shape.js';

/**
 * What the whole document says about a word's casing, for the places where casing says
 * nothing: the first word of a sentence and headlines in capitals ("SOCCER - JAPAN GET LUCKY").
 */
export interface DocumentContext {
  /** Per sentence: written in capitals throughout (a headline or wire slug). */
  readonly capsSentence: readonly boolean[];
  /** Lower-case forms seen written in lower case somewhere in the document. */
  readonly seenLower: ReadonlySet<string>;
  /** Lower-case forms seen capitalised inside a normal sentence, not at its start. */
  readonly seenCapitalisedInside: ReadonlySet<string>;
}

/** At least two words with letters, none of them with a lower-case letter. */
function isCapsSentence(words: readonly string[]): boolean {
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  return lettered.length >= 2 && lettered.every(isAllCaps);
}

export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const capsSentence = sentences.map(isCapsSentence);
  const seenLower = new Set<string>();
  const seenCapitalisedInside = new Set<string>();
  sentences.forEach((words, s) => {
    words.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) seenLower.add(w);
      else if (i > 0 && !capsSentence[s] && isCapitalised(w) && !isAllCaps(w)) seenCapitalisedInside.add(w.toLowerCase());
    });
  });
  return { capsSentence, seenLower, seenCapitalisedInside };
}

/** The document's usual case of a word, for a word in a capitals sentence. */
export function documentCase(context: DocumentContext, lower: string): string {
  if (context.seenCapitalisedInside.has(lower)) return context.seenLower.has(lower) ? 'both' : 'cap';
  return context.seenLower.has(lower) ? 'lower' : 'none';
}
