import { fnv1a32 } from '../../core/hash.js';
import type { Article } from '../../core/model.js';

/** How often each normalised block text occurs in one outlet's articles. */
export interface OutletLineStats {
  readonly articles: number;
  /** Key of a normalised block text (see `lineKey`) → number of articles that contain it (once per article). */
  readonly blocks: Readonly<Record<string, number>>;
}

/** Per-outlet block recurrence, plain JSON so it can be stored and extended batch by batch. */
export interface LineStats {
  readonly outlets: Readonly<Record<string, OutletLineStats>>;
}

/**
 * Longer blocks are not counted: recurring boilerplate is short (bylines, prompts, footers),
 * while a recurring long paragraph is syndicated text for the dedupe stage to judge.
 * 400 characters also bounds the memory the stats take.
 */
export const MAX_COUNTED_CHARS = 400;

/** Case, digits, punctuation and spacing removed, so "© 2023 …" and "© 2024 …" meet. */
export function normaliseLine(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '0').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A 64-bit key (two seeded FNV-1a hashes) of a block's normalised text: stats stay small
 * however long the lines, and a chance collision merely adds one line's count to another's.
 */
export function lineKey(text: string): string {
  const norm = normaliseLine(text);
  if (norm === '') return '';
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a32(norm)) + hex(fnv1a32(norm, 0x9747b28c));
}

function keysOf(article: Article): Set<string> {
  const keys = new Set<string>();
  for (const block of article.blocks) {
    if (block.end - block.start > MAX_COUNTED_CHARS || block.kind === 'title') continue;
    const key = lineKey(article.text.slice(block.start, block.end));
    if (key !== '') keys.add(key);
  }
  return keys;
}

/** Adds a batch of articles to earlier stats (or to empty stats); does not change `previous`. */
export function collectLineStats(articles: readonly Article[], previous?: LineStats): LineStats {
  const outlets = new Map<string, { articles: number; blocks: Map<string, number> }>();
  for (const [name, stats] of Object.entries(previous?.outlets ?? {})) {
    outlets.set(name, { articles: stats.articles, blocks: new Map(Object.entries(stats.blocks)) });
  }
  for (const article of articles) {
    let outlet = outlets.get(article.outlet);
    if (outlet === undefined) {
      outlet = { articles: 0, blocks: new Map() };
      outlets.set(article.outlet, outlet);
    }
    outlet.articles++;
    for (const key of keysOf(article)) outlet.blocks.set(key, (outlet.blocks.get(key) ?? 0) + 1);
  }
  const result: Record<string, OutletLineStats> = {};
  for (const name of [...outlets.keys()].sort()) {
    const o = outlets.get(name) as { articles: number; blocks: Map<string, number> };
    result[name] = { articles: o.articles, blocks: Object.fromEntries([...o.blocks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }
  return { outlets: result };
}

/**
 * A block is outlet boilerplate when it recurs in at least 3 articles and at least 30% of
 * the outlet's articles: 3 keeps two articles quoting the same sentence from counting, 30%
 * keeps a recurring line of a running story (one topic among many) from counting.
 */
export function isRecurringLine(stats: LineStats | undefined, outlet: string, text: string): boolean {
  const o = stats?.outlets[outlet];
  if (o === undefined || text.length > MAX_COUNTED_CHARS) return false;
  const count = o.blocks[lineKey(text)] ?? 0;
  return count >= 3 && count >= 0.3 * o.articles;
}
