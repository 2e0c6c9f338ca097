import type { Gender } from './name-genders.js';

/**
 * Third-person pronouns the entities stage resolves, by what they can stand for. First and
 * second person ("I", "we", "you") are never resolved: in news they are the speaker of a
 * quote or the writer, not a named entity of the text.
 */
export type PronounClass = 'male' | 'female' | 'neuter' | 'plural';

/** How a pronoun relates to the clause it is in: binding rules differ for each. */
export type PronounRole = 'subject' | 'object' | 'possessive' | 'reflexive';

export interface PronounWord {
  readonly class: PronounClass;
  readonly role: PronounRole;
}

const WORDS: Readonly<Record<string, PronounWord>> = {
  he: { class: 'male', role: 'subject' }, him: { class: 'male', role: 'object' },
  his: { class: 'male', role: 'possessive' }, himself: { class: 'male', role: 'reflexive' },
  she: { class: 'female', role: 'subject' }, her: { class: 'female', role: 'possessive' },
  hers: { class: 'female', role: 'possessive' }, herself: { class: 'female', role: 'reflexive' },
  it: { class: 'neuter', role: 'subject' }, its: { class: 'neuter', role: 'possessive' },
  itself: { class: 'neuter', role: 'reflexive' },
  they: { class: 'plural', role: 'subject' }, them: { class: 'plural', role: 'object' },
  their: { class: 'plural', role: 'possessive' }, theirs: { class: 'plural', role: 'possessive' },
  themselves: { class: 'plural', role: 'reflexive' },
};

/** Every pronoun word above as a whole word, any case (one pass over a sentence finds them). */
export const PRONOUN_PATTERN = /\b(?:he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their|theirs|themselves)\b/giu;

/** The entry of a pronoun (any case), or undefined for other words. */
export function pronounWord(word: string): PronounWord | undefined {
  return WORDS[word.toLowerCase()];
}

/** Whether a person of `gender` (undefined: unknown) may be called by a pronoun of `cls`. */
export function agreesInGender(cls: PronounClass, gender: Gender | undefined): boolean {
  if (cls === 'male' || cls === 'female') return gender === undefined || gender === cls;
  return true;
}
