import { resolveEntities, type EntityEvidence } from '../stages/entities/index.js';
import type { Store } from '../store/store.js';
import { entityConstraints } from './entity-constraints.js';
import type { EntityEditsFile } from './entity-edits-file.js';
import { EDITS_STATE_KEY, entityEvidence, storedEdits } from './update-entities.js';

/** Articles read per batch when re-resolving, so memory stays bounded on a large store. */
const BATCH = 500;

/**
 * Makes the store's entities follow `edits`. Unchanged edits cost one state read; changed
 * edits re-resolve every stored article's mentions from scratch, since a split cannot be
 * undone incrementally (earlier entities carry only totals, not per-name counts).
 * Returns whether the entity table was rebuilt.
 */
export async function syncEntityEdits(store: Store, edits: EntityEditsFile): Promise<boolean> {
  const wanted = JSON.stringify(edits);
  if (JSON.stringify(await storedEdits(store)) === wanted) return false;
  const ids = (await store.listArticles({ limit: Number.MAX_SAFE_INTEGER })).map((a) => a.id);
  const evidence: EntityEvidence[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const analysis of await store.getArticles(ids.slice(i, i + BATCH))) evidence.push(entityEvidence(analysis));
  }
  const resolution = resolveEntities(evidence, [], entityConstraints(edits.edits));
  await store.transaction(async () => {
    await store.saveEntities(resolution.entities);
    await store.setState(EDITS_STATE_KEY, wanted);
  });
  return true;
}
