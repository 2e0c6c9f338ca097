import { KeyCountCache } from '../key-count-cache.js';
import { pgPlaceholders, type PgConnection } from './pg-connection.js';

/**
 * The store's write-lock epoch: a number while this connection holds the writers' lock
 * (no other process can change the counts then; it changes after a rollback), null outside.
 */
export type WriteLockEpoch = () => number | null;

/**
 * Document frequencies of retrieval keys (for IDF), as SQLite's `KeyFrequencyTable`. Counts
 * are cached (`KeyCountCache`) only while the writers' lock is held, because another
 * process may count articles between two write transactions.
 */
export class PgKeyFrequencies {
  private static readonly TOTAL = '\u0001total';
  private readonly cache = new KeyCountCache();

  constructor(private readonly pg: PgConnection, private readonly scope: string, private readonly epoch: WriteLockEpoch = () => null) {}

  count(keys: readonly string[]): void {
    const all = [PgKeyFrequencies.TOTAL, ...new Set(keys)];
    const rows = all.map((_, i) => `($1, $${i + 2}, 1)`).join(', ');
    this.pg.query(`INSERT INTO key_frequencies (scope, key, n) VALUES ${rows} ON CONFLICT (scope, key) DO UPDATE SET n = key_frequencies.n + 1`, [this.scope, ...all]);
    this.cache.counted(this.epoch(), all);
  }

  frequencies(keys: readonly string[]): { total: number; counts: Record<string, number> } {
    const unique = [...new Set(keys)];
    const read = this.cache.read(this.epoch(), [PgKeyFrequencies.TOTAL, ...unique], (missing) => this.load(missing));
    const counts: Record<string, number> = {};
    for (const key of unique) counts[key] = read.get(key) ?? 0;
    return { total: read.get(PgKeyFrequencies.TOTAL) ?? 0, counts };
  }

  private load(keys: readonly string[]): Map<string, number> {
    const rows = this.pg.query<{ key: string; n: number }>(
      `SELECT key, n FROM key_frequencies WHERE scope = $1 AND key IN (${pgPlaceholders(keys.length, 2)})`,
      [this.scope, ...keys],
    );
    return new Map(rows.map((row) => [row.key, Number(row.n)]));
  }
}
