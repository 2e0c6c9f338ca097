import { pgPlaceholders, type PgConnection } from './pg-connection.js';

/** Document frequencies of retrieval keys (for IDF), as SQLite's `KeyFrequencyTable`. */
export class PgKeyFrequencies {
  private static readonly TOTAL = '\u0001total';

  constructor(private readonly pg: PgConnection, private readonly scope: string) {}

  count(keys: readonly string[]): void {
    const all = [PgKeyFrequencies.TOTAL, ...new Set(keys)];
    const rows = all.map((_, i) => `($1, $${i + 2}, 1)`).join(', ');
    this.pg.query(`INSERT INTO key_frequencies (scope, key, n) VALUES ${rows} ON CONFLICT (scope, key) DO UPDATE SET n = key_frequencies.n + 1`, [this.scope, ...all]);
  }

  frequencies(keys: readonly string[]): { total: number; counts: Record<string, number> } {
    const unique = [...new Set(keys)];
    const counts: Record<string, number> = {};
    for (const key of unique) counts[key] = 0;
    const rows = this.pg.query<{ key: string; n: number }>(
      `SELECT key, n FROM key_frequencies WHERE scope = $1 AND key IN (${pgPlaceholders(unique.length + 1, 2)})`,
      [this.scope, PgKeyFrequencies.TOTAL, ...unique],
    );
    let total = 0;
    for (const row of rows) {
      if (row.key === PgKeyFrequencies.TOTAL) total = row.n;
      else counts[row.key] = row.n;
    }
    return { total, counts };
  }
}
