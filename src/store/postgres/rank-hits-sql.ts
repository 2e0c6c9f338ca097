/**
 * SQL of SQLite's `rankByHits` over a CTE `hits(id)` holding one row per key an id matched:
 * ids sharing most keys first, ties by id in byte order, at most `$3`. Ranked before the
 * records are joined, as SQLite ranks before it reads them, so an id whose record is gone
 * still takes its place under the limit.
 */
export const RANK_HITS = 'ranked AS (SELECT id, COUNT(*) AS n FROM hits GROUP BY id ORDER BY n DESC, id COLLATE "C" LIMIT $3)';

/** The ranked ids' `column` from `table` (keyed by `id`), in rank order. */
export function rankedRecords(table: string, column: string): string {
  return `SELECT t.${column} FROM ranked r JOIN ${table} t ON t.id = r.id ORDER BY r.n DESC, r.id COLLATE "C"`;
}
