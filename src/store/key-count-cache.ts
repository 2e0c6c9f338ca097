/**
 * Key document counts kept in memory between reads, for the stores' IDF lookups: every
 * article asks for hundreds of keys, and the reads were a tenth of the corpus step
 * (`npm run bench:scale` profile). Write-through: a count is updated as articles are counted.
 * The caller names an epoch with each call; a new epoch empties the cache, and a `null`
 * epoch (the store cannot vouch for its counts now) bypasses it.
 */
export class KeyCountCache {
  private readonly counts = new Map<string, number>();
  private epoch: number | null = null;

  /** `limit`: keys held at most; past it the cache starts over (a count is a few dozen bytes). */
  constructor(private readonly limit = 500_000) {}

  /** The counts of `keys`; `load` reads the ones not held (absent keys count 0). */
  read(epoch: number | null, keys: readonly string[], load: (missing: readonly string[]) => ReadonlyMap<string, number>): ReadonlyMap<string, number> {
    if (epoch === null) return withZeros(keys, load(keys));
    this.enter(epoch);
    let missing = keys.filter((key) => !this.counts.has(key));
    if (missing.length > 0) {
      // Starting over drops the held keys too: all of this call's keys are loaded then.
      if (this.counts.size + missing.length > this.limit) {
        this.counts.clear();
        missing = [...new Set(keys)];
      }
      const loaded = load(missing);
      for (const key of missing) this.counts.set(key, loaded.get(key) ?? 0);
    }
    return withZeros(keys, this.counts);
  }

  /** Each of `keys` was counted once more in the table. */
  counted(epoch: number | null, keys: Iterable<string>): void {
    if (epoch === null) return;
    this.enter(epoch);
    for (const key of keys) {
      const n = this.counts.get(key);
      if (n !== undefined) this.counts.set(key, n + 1);
    }
  }

  private enter(epoch: number): void {
    if (epoch === this.epoch) return;
    this.counts.clear();
    this.epoch = epoch;
  }
}

function withZeros(keys: readonly string[], counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map(keys.map((key) => [key, counts.get(key) ?? 0]));
}
