import type { Article } from '../core/model.js';
import { collectLineStats, type LineStats } from '../stages/clean/index.js';
import type { Store } from '../store/store.js';

const KEY = 'clean.line-stats.v1';

/**
 * Per-outlet block recurrence (for the clean stage) over everything stored so far plus the
 * new batch, so a footer repeated across an outlet's articles is recognised even when the
 * articles arrive in different runs.
 */
export async function loadLineStats(store: Store, batch: readonly Article[]): Promise<LineStats> {
  const stored = await store.getState(KEY);
  const previous = stored ? (JSON.parse(stored) as LineStats) : undefined;
  return collectLineStats(batch, previous);
}

export async function saveLineStats(store: Store, stats: LineStats): Promise<void> {
  await store.setState(KEY, JSON.stringify(stats));
}
