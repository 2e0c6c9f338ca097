/**
 * Entities stage: mentions of people, organisations, places and other named things, found
 * by a statistical tagger (`tagger/`, trained on CoNLL-2003) that reads the rule finder's
 * guesses as features, with keys that are canonical within the article, and corpus-level
 * resolution of keys into entities (aliases, acronyms, near-miss spellings). v2: third-person
 * pronouns resolved within the article are mentions too (`via: 'pronoun'`).
 */
export const ENTITIES_STAGE = 'entities.tagger.v2';

export { extractMentions } from './extract-mentions.js';
export { NO_CONSTRAINTS, type CanonicalEntity, type EntityConstraints, type EntityEvidence, type EntityResolution } from './resolve-entities.js';
export { resolveEntities } from './resolve-named-entities.js';
export { canonicalKey, foldKey, stripLegalSuffix } from './canonical-key.js';
export type { WeightedMention } from './resolve-in-article.js';
export { namedMentions } from './named-mentions.js';
export { resolvePronouns, DEFAULT_PRONOUN_POLICY } from './resolve-pronouns.js';
export type { PronounPolicy } from './pronoun-antecedents.js';
