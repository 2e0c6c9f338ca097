import type { ArticleAnalysis } from '../core/model.js';
import { resolveEntities, type EntityEvidence } from '../stages/entities/index.js';
import type { Store } from '../store/store.js';
import { entityConstraints } from './entity-constraints.js';
import { EMPTY_EDITS, type EntityEditsFile } from './entity-edits-file.js';

/** Where the edits the entity table was last resolved with are kept in the store. */
export const EDITS_STATE_KEY = 'entity-edits';

/** What entity resolution needs from one article: its mentions and the words around them. */
export function entityEvidence(analysis: ArticleAnalysis): EntityEvidence {
  return { articleId: analysis.article.id, mentions: analysis.mentions, contextTerms: analysis.fingerprint?.terms ?? [] };
}

export async function storedEdits(store: Store): Promise<EntityEditsFile> {
  const raw = await store.getState(EDITS_STATE_KEY);
  return raw ? (JSON.parse(raw) as EntityEditsFile) : EMPTY_EDITS;
}

/**
 * Folds the new articles' mentions into the canonical entities, under the user's edits.
 * Existing entities keep their ids. The entity table is read (the corpus-wide rules need
 * every name) but only the entities this batch created, grew or merged are written.
 */
export async function updateEntities(store: Store, evidence: readonly EntityEvidence[]): Promise<void> {
  if (evidence.length === 0) return;
  const previous = await store.listEntities();
  const resolution = resolveEntities(evidence, previous, entityConstraints((await storedEdits(store)).edits));
  await store.transaction(() => store.updateEntityRecords(resolution.changed, resolution.removed));
}
