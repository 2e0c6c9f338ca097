/**
 * Parsed JSON records by id, reused while the stored text is unchanged. The corpus step
 * reads the same few hundred events and stories again for every article (candidates, their
 * latest members); parsing them each time was a tenth of it (`bench/scale.mts` profile).
 * A hit needs the very text parsed before, so a record rewritten, rolled back or changed by
 * another connection is parsed afresh: no invalidation to get wrong. Callers share the
 * returned objects, which the stages treat as read-only (their types are `readonly`).
 */
export class ParsedRecordCache<T> {
  private readonly entries = new Map<string, { readonly text: string; readonly value: T }>();

  /**
   * `limit`: records held at most; the oldest entry makes room. 4,000 covers the events and
   * stories of a two-week window at 300 articles a day several times over.
   */
  constructor(private readonly limit = 4000) {}

  parse(id: string, text: string): T {
    const held = this.entries.get(id);
    if (held !== undefined && held.text === text) return held.value;
    const value = JSON.parse(text) as T;
    if (held !== undefined) this.entries.delete(id);
    else if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { text, value });
    return value;
  }
}
