import type Database from 'better-sqlite3';
import { KeyCountCache } from '../key-count-cache.js';
import { StatementCache } from './statement-cache.js';
import type { StoreEpoch } from './store-epoch.js';

/**
 * Document frequencies of retrieval keys (for IDF weights), kept incrementally: each
 * article adds one to each of its keys and to the scope's total. Counts read once stay in
 * memory (`KeyCountCache`); the store's epoch drops them after a rollback or another
 * connection's commit, so a read is always what the table holds.
 */
export class KeyFrequencyTable {
  private static readonly TOTAL = '\u0000total';
  private readonly sql: StatementCache;
  private readonly cache = new KeyCountCache();

  constructor(db: Database.Database, private readonly scope: string, private readonly epoch: StoreEpoch) {
    this.sql = new StatementCache(db);
  }

  count(keys: readonly string[]): void {
    const bump = this.sql.get('INSERT INTO key_frequencies (scope, key, n) VALUES (?, ?, 1) ON CONFLICT(scope, key) DO UPDATE SET n = n + 1');
    const counted = [KeyFrequencyTable.TOTAL, ...new Set(keys)];
    for (const key of counted) bump.run(this.scope, key);
    this.cache.counted(this.epoch.current(), counted);
  }

  frequencies(keys: readonly string[]): { total: number; counts: Record<string, number> } {
    // Keys are passed as given: a repeated key is read and written twice to the same value,
    // and callers ask for a few thousand distinct keys per article, so deduplicating them
    // first cost more than it saved.
    const read = this.cache.read(this.epoch.current(), [KeyFrequencyTable.TOTAL, ...keys], (missing) => this.load(missing));
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = read.get(key) ?? 0;
    return { total: read.get(KeyFrequencyTable.TOTAL) ?? 0, counts };
  }

  private load(keys: readonly string[]): Map<string, number> {
    // One statement whatever the number of keys: the list travels as JSON.
    const rows = this.sql
      .get('SELECT key, n FROM key_frequencies WHERE scope = ? AND key IN (SELECT value FROM json_each(?))')
      .all(this.scope, JSON.stringify(keys)) as { key: string; n: number }[];
    return new Map(rows.map((row) => [row.key, row.n]));
  }
}
