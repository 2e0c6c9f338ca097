import type Database from 'better-sqlite3';
import { StatementCache } from './statement-cache.js';
import type { StoreEpoch } from './store-epoch.js';

/**
 * Keys whose counts are kept in memory at most; past it the cache starts over. A count is
 * a few dozen bytes, so this bounds the cache near 50 MB on the largest stores.
 */
const CACHED_KEYS = 500_000;

/**
 * Document frequencies of retrieval keys (for IDF weights), kept incrementally: each
 * article adds one to each of its keys and to the scope's total. Counts read once are kept
 * in memory and updated as articles are counted (write-through), because every article
 * asks for hundreds of keys and the lookups were a tenth of the corpus step
 * (`npm run bench:scale` profile); the store's epoch drops them after a rollback or another
 * connection's commit, so a read is always what the table holds.
 */
export class KeyFrequencyTable {
  private static readonly TOTAL = '\u0000total';
  private readonly sql: StatementCache;
  private readonly cached = new Map<string, number>();
  private cachedEpoch = -1;

  constructor(db: Database.Database, private readonly scope: string, private readonly epoch: StoreEpoch) {
    this.sql = new StatementCache(db);
  }

  count(keys: readonly string[]): void {
    const bump = this.sql.get('INSERT INTO key_frequencies (scope, key, n) VALUES (?, ?, 1) ON CONFLICT(scope, key) DO UPDATE SET n = n + 1');
    this.checkEpoch();
    for (const key of [KeyFrequencyTable.TOTAL, ...new Set(keys)]) {
      bump.run(this.scope, key);
      const n = this.cached.get(key);
      if (n !== undefined) this.cached.set(key, n + 1);
    }
  }

  frequencies(keys: readonly string[]): { total: number; counts: Record<string, number> } {
    this.checkEpoch();
    const unique = [...new Set(keys)];
    const missing = [KeyFrequencyTable.TOTAL, ...unique].filter((key) => !this.cached.has(key));
    if (missing.length > 0) this.load(missing);
    const counts: Record<string, number> = {};
    for (const key of unique) counts[key] = this.cached.get(key) ?? 0;
    return { total: this.cached.get(KeyFrequencyTable.TOTAL) ?? 0, counts };
  }

  private load(keys: readonly string[]): void {
    if (this.cached.size + keys.length > CACHED_KEYS) this.cached.clear();
    for (const key of keys) this.cached.set(key, 0);
    // One statement whatever the number of keys: the list travels as JSON.
    const rows = this.sql
      .get('SELECT key, n FROM key_frequencies WHERE scope = ? AND key IN (SELECT value FROM json_each(?))')
      .all(this.scope, JSON.stringify(keys)) as { key: string; n: number }[];
    for (const row of rows) this.cached.set(row.key, row.n);
  }

  private checkEpoch(): void {
    const epoch = this.epoch.current();
    if (epoch === this.cachedEpoch) return;
    this.cached.clear();
    this.cachedEpoch = epoch;
  }
}
