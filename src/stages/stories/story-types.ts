/** A long-running story: events linked over weeks or months by who and what they are about. */
export interface StoryRecord {
  /** `st_` + stable id of the founding event; never changes. */
  readonly id: string;
  readonly title: string;
  /** Member events in order of arrival. */
  readonly eventIds: readonly string[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Sum over member events of their term weights, each event scaled to a top weight of 1. */
  readonly termWeights: Readonly<Record<string, number>>;
  readonly entityWeights: Readonly<Record<string, number>>;
}

/**
 * What the store implements. `candidates` returns stories holding any of `keys`, those
 * sharing most keys first, at most `limit`; `put` inserts or replaces the record and its keys.
 */
export interface StoryIndex {
  candidates(keys: readonly string[], limit: number): StoryRecord[];
  put(story: StoryRecord, keys: readonly string[]): void;
  /** Removes a story and its keys (after a recorded merge into another story). */
  remove(id: string): void;
  get(id: string): StoryRecord | null;
}

export interface StoryAssignment {
  readonly storyId: string;
  readonly created: boolean;
  readonly score: number;
  /** Why the event joined (or founded) the story: shared entities and terms, the time gap. */
  readonly why: readonly string[];
}
