import type { Article } from '../core/model.js';
import { collectLineStats, type LineStats, type OutletLineStats } from '../stages/clean/index.js';
import type { Store } from '../store/store.js';

const KEY = 'clean.line-stats.v1';

/**
 * An outlet's counts are halved once it passes twice this many articles. Boilerplate
 * recurs in a share of the outlet's articles (the clean stage asks for 30%), and halving
 * keeps that share while one-off paragraphs (count 1) drop out; without it the stats held
 * every short paragraph ever stored, and reading and writing them for each batch grew
 * with the store (bench/scale.mts). 2,000 is far above the tens of articles a footer needs
 * to be recognised, and bounds the stats to the distinct short blocks of ~4,000 articles
 * per outlet; it also lets a footer an outlet dropped years ago fade out.
 */
export const RECENT_ARTICLES = 2000;

/**
 * Per-outlet block recurrence (for the clean stage) over everything stored so far plus the
 * new batch, so a footer repeated across an outlet's articles is recognised even when the
 * articles arrive in different runs.
 */
export async function loadLineStats(store: Store, batch: readonly Article[]): Promise<LineStats> {
  const stored = await store.getState(KEY);
  const previous = stored ? (JSON.parse(stored) as LineStats) : undefined;
  return decayLineStats(collectLineStats(batch, previous));
}

export async function saveLineStats(store: Store, stats: LineStats): Promise<void> {
  await store.setState(KEY, JSON.stringify(stats));
}

/** Halves the counts of every outlet past `2 × recent` articles, dropping blocks that reach 0. */
export function decayLineStats(stats: LineStats, recent = RECENT_ARTICLES): LineStats {
  if (Object.values(stats.outlets).every((o) => o.articles <= 2 * recent)) return stats;
  const outlets: Record<string, OutletLineStats> = {};
  for (const [name, outlet] of Object.entries(stats.outlets)) outlets[name] = outlet.articles <= 2 * recent ? outlet : halve(outlet);
  return { outlets };
}

function halve(outlet: OutletLineStats): OutletLineStats {
  const blocks: Record<string, number> = {};
  for (const [key, n] of Object.entries(outlet.blocks)) if (n >= 2) blocks[key] = Math.floor(n / 2);
  return { articles: Math.floor(outlet.articles / 2), blocks };
}
