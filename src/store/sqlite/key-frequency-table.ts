import type Database from 'better-sqlite3';
import { StatementCache } from './statement-cache.js';

/**
 * Document frequencies of retrieval keys (for IDF weights), kept incrementally: each
 * article adds one to each of its keys and to the scope's total.
 */
export class KeyFrequencyTable {
  private static readonly TOTAL = '\u0000total';
  private readonly sql: StatementCache;

  constructor(db: Database.Database, private readonly scope: string) {
    this.sql = new StatementCache(db);
  }

  count(keys: readonly string[]): void {
    const bump = this.sql.get('INSERT INTO key_frequencies (scope, key, n) VALUES (?, ?, 1) ON CONFLICT(scope, key) DO UPDATE SET n = n + 1');
    bump.run(this.scope, KeyFrequencyTable.TOTAL);
    for (const key of new Set(keys)) bump.run(this.scope, key);
  }

  frequencies(keys: readonly string[]): { total: number; counts: Record<string, number> } {
    const unique = [...new Set(keys)];
    const counts: Record<string, number> = {};
    for (const key of unique) counts[key] = 0;
    // One statement whatever the number of keys: the list travels as JSON.
    const rows = this.sql
      .get('SELECT key, n FROM key_frequencies WHERE scope = ? AND key IN (SELECT value FROM json_each(?))')
      .all(this.scope, JSON.stringify([KeyFrequencyTable.TOTAL, ...unique])) as { key: string; n: number }[];
    let total = 0;
    for (const row of rows) {
      if (row.key === KeyFrequencyTable.TOTAL) total = row.n;
      else counts[row.key] = row.n;
    }
    return { total, counts };
  }
}
