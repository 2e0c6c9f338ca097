import { namedMentions } from './named-mentions.js';
import { NO_CONSTRAINTS, resolveEntities as resolveAllMentions, type CanonicalEntity, type EntityConstraints, type EntityEvidence, type EntityResolution } from './resolve-entities.js';

/** An article's evidence with its pronoun mentions left out (the same object when it has none). */
function namedEvidence(evidence: EntityEvidence): EntityEvidence {
  return evidence.mentions.some((m) => m.via === 'pronoun') ? { ...evidence, mentions: namedMentions(evidence.mentions) } : evidence;
}

/**
 * Corpus-level entity resolution (`resolve-entities.ts`) over names only: a pronoun mention
 * ("his" for Anselm Kray) is no alias, casts no type vote and adds no mention to the counts.
 * The stage's API exports this one, so every caller (pipeline, edits, NER eval) gets it.
 */
export function resolveEntities(input: readonly EntityEvidence[], previous: readonly CanonicalEntity[] = [], constraints: EntityConstraints = NO_CONSTRAINTS): EntityResolution {
  return resolveAllMentions(input.map(namedEvidence), previous, constraints);
}
