import type { EventIndex, EventRecord, KeyFrequencies } from './event-types.js';

/** In-memory `EventIndex` for tests and store-less runs: records by id and a key → ids map. */
export class MemoryEventIndex implements EventIndex {
  private readonly events = new Map<string, EventRecord>();
  private readonly keysOf = new Map<string, readonly string[]>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly documentCounts = new Map<string, number>();
  private articlesCounted = 0;

  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[] {
    const shared = new Map<string, number>();
    for (const key of new Set(keys)) for (const id of this.byKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => this.events.get(id))
      .filter((event): event is EventRecord => event !== undefined && overlaps(event, window))
      .slice(0, limit);
  }

  put(event: EventRecord, keys: readonly string[]): void {
    for (const key of this.keysOf.get(event.id) ?? []) this.byKey.get(key)?.delete(event.id);
    this.events.set(event.id, event);
    this.keysOf.set(event.id, [...keys]);
    for (const key of keys) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(event.id);
      this.byKey.set(key, ids);
    }
  }

  get(id: string): EventRecord | null {
    return this.events.get(id) ?? null;
  }

  countArticle(keys: readonly string[]): void {
    this.articlesCounted++;
    for (const key of new Set(keys)) this.documentCounts.set(key, (this.documentCounts.get(key) ?? 0) + 1);
  }

  frequencies(keys: readonly string[]): KeyFrequencies {
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = this.documentCounts.get(key) ?? 0;
    return { total: this.articlesCounted, counts };
  }

  /** Every event, by id: for tests and evaluation, not for the assignment path. */
  all(): EventRecord[] {
    return [...this.events.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

function overlaps(event: EventRecord, window: { from: string; to: string } | null): boolean {
  if (window === null || event.firstSeen === null || event.lastSeen === null) return true;
  return event.firstSeen <= window.to && event.lastSeen >= window.from;
}
