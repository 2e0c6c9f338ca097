import type Database from 'better-sqlite3';
import type { ParsedRecordCache } from './parsed-record-cache.js';

/** Ids sharing most keys first, ties by id (ascending), at most `limit`. */
export function rankByHits(hits: ReadonlyMap<string, number>, limit: number): string[] {
  return [...hits]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Records (JSON in `record`) of `ids`, in the order of `ids`; missing ids are skipped. */
export function recordsById<T>(statement: Database.Statement, ids: readonly string[], parsed: ParsedRecordCache<T>): T[] {
  if (ids.length === 0) return [];
  const rows = statement.all(JSON.stringify(ids)) as { id: string; record: string }[];
  const byId = new Map(rows.map((r) => [r.id, r.record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    return record === undefined ? [] : [parsed.parse(id, record)];
  });
}
