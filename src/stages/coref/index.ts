/**
 * Coreference stage: cross-document coreference of given entity and event mentions —
 * documents grouped by topic, entity chains built inside each document, then chains and
 * events merged across the documents of a group (heads, titles, shared event arguments).
 */
export const COREF_STAGE = 'coref.rules.v2';

export type { CorefClusters, CorefDocument, CorefKind, CorefMention, EntityClass } from './coref-types.js';
export { clusterDocuments, DOCUMENT_LINK_THRESHOLD } from './cluster-documents.js';
export { headIndex, lemmaOf } from './head-lemma.js';
export { resolveCoref, type CorefOptions } from './resolve-coref.js';
export { sameHeadLemma } from './same-head-lemma.js';
