import type { Mention } from '../../core/model.js';

/**
 * The named mentions of a list, pronoun mentions (`via: 'pronoun'`) left out: for readers
 * that count or score names (NER evaluation, corpus entity votes, event and story keys),
 * where a "he" must not count as one more mention of its antecedent.
 */
export function namedMentions<M extends Mention>(mentions: readonly M[]): M[] {
  return mentions.filter((m) => m.via !== 'pronoun');
}
