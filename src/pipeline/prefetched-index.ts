/**
 * Clustering stages decide against a small synchronous index; the store is asynchronous
 * (and may be across a network). So the pipeline fetches the candidates first, hands the
 * stage this in-memory view of them, and afterwards writes back whatever the stage `put`.
 */
export interface Keyed {
  readonly id: string;
  readonly firstSeen?: string | null;
  readonly lastSeen?: string | null;
}

export class PrefetchedIndex<T extends Keyed> {
  private readonly records = new Map<string, T>();
  /** Records the stage wrote, with their keys, in write order (last write wins). */
  readonly writes = new Map<string, { record: T; keys: readonly string[] }>();

  constructor(prefetched: readonly T[]) {
    for (const record of prefetched) this.records.set(record.id, record);
  }

  /** The prefetched records (already ranked by shared keys in the store), window-filtered. */
  candidates(_keys: readonly string[], window: { from: string; to: string } | null, limit: number): T[] {
    const out: T[] = [];
    for (const record of this.records.values()) {
      if (window && record.firstSeen && record.lastSeen && (record.firstSeen > window.to || record.lastSeen < window.from)) continue;
      out.push(record);
      if (out.length >= limit) break;
    }
    return out;
  }

  put(record: T, keys: readonly string[]): void {
    this.records.set(record.id, record);
    this.writes.set(record.id, { record, keys });
  }

  get(id: string): T | null {
    return this.records.get(id) ?? null;
  }
}
