/**
 * Entities stage: mentions of people, organisations, places and other named things, with
 * keys that are canonical within the article, and corpus-level resolution of keys into
 * entities (aliases, acronyms, near-miss spellings).
 */
export const ENTITIES_STAGE = 'entities.rules.v2';

export { extractMentions } from './extract-mentions.js';
export { resolveEntities, NO_CONSTRAINTS, type CanonicalEntity, type EntityConstraints, type EntityEvidence, type EntityResolution } from './resolve-entities.js';
export { canonicalKey, foldKey, stripLegalSuffix } from './canonical-key.js';
export type { WeightedMention } from './resolve-in-article.js';
