import type { StatementCache } from './statement-cache.js';

/** A posting table: its owner column and its day columns (`last_seen` first, part of the key). */
export interface PostingTable {
  readonly table: 'event_postings' | 'story_postings';
  readonly owner: 'event_id' | 'story_id';
  readonly days: readonly ['last_seen'] | readonly ['last_seen', 'first_seen'];
}

/**
 * Makes a record's postings exactly `keys` under `days`, writing only what changed. A
 * record is rewritten for every article it gains, and its top keys mostly stay: deleting
 * and inserting all of them each time was most of the write. When a day changed every
 * row's key changes with it, so all are rewritten.
 */
export function replacePostings(sql: StatementCache, spec: PostingTable, id: string, days: readonly string[], keys: readonly string[]): void {
  const { table, owner } = spec;
  const columns = spec.days.join(', ');
  const stored = sql.get(`SELECT key, ${columns} FROM ${table} WHERE ${owner} = ?`).all(id) as Record<string, string>[];
  const sameDays = stored.every((row) => spec.days.every((column, i) => row[column] === days[i]));
  const wanted = new Set(keys);
  if (sameDays) {
    const remove = sql.get(`DELETE FROM ${table} WHERE key = ? AND last_seen = ? AND ${owner} = ?`);
    for (const row of stored) {
      if (!wanted.delete(row.key!)) remove.run(row.key, row.last_seen, id);
    }
  } else {
    sql.get(`DELETE FROM ${table} WHERE ${owner} = ?`).run(id);
  }
  const insert = sql.get(`INSERT OR IGNORE INTO ${table} (key, ${columns}, ${owner}) VALUES (?, ${spec.days.map(() => '?').join(', ')}, ?)`);
  for (const key of wanted) insert.run(key, ...days, id);
}
