import type { ArticleAnalysis } from '../core/model.js';
import { resolveEntities, type EntityEvidence } from '../stages/entities/index.js';
import type { Store } from '../store/store.js';

/** What entity resolution needs from one article: its mentions and the words around them. */
export function entityEvidence(analysis: ArticleAnalysis): EntityEvidence {
  return { articleId: analysis.article.id, mentions: analysis.mentions, contextTerms: analysis.fingerprint?.terms ?? [] };
}

/**
 * Folds the new articles' mentions into the canonical entities. Existing entities keep
 * their ids; entities are far fewer than articles, so the whole entity table is read and
 * rewritten, never the articles.
 */
export async function updateEntities(store: Store, evidence: readonly EntityEvidence[]): Promise<void> {
  if (evidence.length === 0) return;
  const previous = await store.listEntities();
  const resolution = resolveEntities(evidence, previous);
  await store.transaction(() => store.saveEntities(resolution.entities));
}
