import type { StoryIndex, StoryRecord } from './story-types.js';

/** In-memory `StoryIndex` for tests and store-less runs. */
export class MemoryStoryIndex implements StoryIndex {
  private readonly stories = new Map<string, StoryRecord>();
  private readonly keysOf = new Map<string, readonly string[]>();
  private readonly byKey = new Map<string, Set<string>>();

  candidates(keys: readonly string[], limit: number): StoryRecord[] {
    const shared = new Map<string, number>();
    for (const key of new Set(keys)) for (const id of this.byKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => this.stories.get(id))
      .filter((story): story is StoryRecord => story !== undefined);
  }

  put(story: StoryRecord, keys: readonly string[]): void {
    for (const key of this.keysOf.get(story.id) ?? []) this.byKey.get(key)?.delete(story.id);
    this.stories.set(story.id, story);
    this.keysOf.set(story.id, [...keys]);
    for (const key of keys) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(story.id);
      this.byKey.set(key, ids);
    }
  }

  remove(id: string): void {
    for (const key of this.keysOf.get(id) ?? []) this.byKey.get(key)?.delete(id);
    this.keysOf.delete(id);
    this.stories.delete(id);
  }

  get(id: string): StoryRecord | null {
    return this.stories.get(id) ?? null;
  }

  /** Every story, by id: for tests and evaluation, not for the assignment path. */
  all(): StoryRecord[] {
    return [...this.stories.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
