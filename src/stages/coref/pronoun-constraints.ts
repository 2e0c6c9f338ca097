import type { EntityClass } from './coref-types.js';
import { normaliseWord } from './head-lemma.js';

/** Which entity classes a pronoun can refer to; undefined for words that are not pronouns we resolve. */
const PRONOUN_CLASSES: Readonly<Record<string, readonly EntityClass[]>> = {
  he: ['person'], him: ['person'], his: ['person'], himself: ['person'],
  she: ['person'], her: ['person'], hers: ['person'], herself: ['person'],
  they: ['person', 'organisation'], them: ['person', 'organisation'], their: ['person', 'organisation'], theirs: ['person', 'organisation'], themselves: ['person', 'organisation'],
  it: ['organisation', 'thing', 'place'], its: ['organisation', 'thing', 'place'], itself: ['organisation', 'thing', 'place'],
  who: ['person', 'organisation'], whom: ['person'], whose: ['person', 'organisation'], which: ['organisation', 'thing', 'place'], that: ['organisation', 'thing', 'place', 'person'],
  there: ['place'], here: ['place'], where: ['place'], then: ['time'], when: ['time'],
};

/** Relative pronouns refer back to the phrase right before them, in the same sentence. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

/** The classes a one-word pronoun mention may refer to, or undefined if it is not one. */
export function pronounClasses(words: readonly string[]): readonly EntityClass[] | undefined {
  if (words.length !== 1) return undefined;
  return PRONOUN_CLASSES[normaliseWord(words[0] ?? '')];
}

