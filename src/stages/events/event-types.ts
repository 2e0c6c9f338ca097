/** What event assignment needs to know about one article. */
export interface EventFeatures {
  readonly articleId: string;
  /** ISO day of publication. */
  readonly published: string | null;
  /** ISO value of the best time expression of the lead sentences; may be month or year granularity. */
  readonly eventDate: string | null;
  /** Salient terms, most salient first (`Fingerprint.terms`). */
  readonly terms: readonly string[];
  /** Canonical entity keys (people, organisations, other), most mentioned first. */
  readonly entityKeys: readonly string[];
  /** Canonical keys of the places the article is about. */
  readonly placeKeys: readonly string[];
  readonly title: string;
  /** The canonical article this one copies, when dedupe found one. */
  readonly duplicateOf: string | null;
  /** Words of content (boilerplate and title excluded); unknown when absent. */
  readonly contentWords?: number;
}

export interface EventRecord {
  /** `ev_` + stable id of the founding article; never changes. */
  readonly id: string;
  readonly title: string;
  /** Most voted event date, else the earliest publication day. */
  readonly date: string | null;
  readonly granularity: string | null;
  /** Earliest and latest publication day of the member articles. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articleIds: readonly string[];
  /** Sum over members of each salient term's rank weight (top terms only). */
  readonly termWeights: Readonly<Record<string, number>>;
  /** Number of members naming each entity or place key (top keys only). */
  readonly entityWeights: Readonly<Record<string, number>>;
  /** Number of members whose lead dates the event to each value. */
  readonly dateVotes: Readonly<Record<string, number>>;
}

/** Document frequencies of retrieval keys over the articles counted so far. */
export interface KeyFrequencies {
  /** Articles counted. */
  readonly total: number;
  /** Articles holding each asked-for key; absent keys count 0. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * What the store implements. `candidates` returns events holding any of `keys` whose
 * [firstSeen, lastSeen] overlaps `window` (events without dates always pass; null = no
 * window), those sharing most keys first, at most `limit`. `put` inserts or replaces the
 * record and replaces its keys. `countArticle` adds one article holding `keys` to the key
 * document frequencies that `frequencies` reads (IDF weighting: words every report shares
 * weigh little).
 */
export interface EventIndex {
  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[];
  put(event: EventRecord, keys: readonly string[]): void;
  get(id: string): EventRecord | null;
  countArticle(keys: readonly string[]): void;
  frequencies(keys: readonly string[]): KeyFrequencies;
}

export interface EventAssignment {
  readonly eventId: string;
  readonly created: boolean;
  readonly score: number;
  /** Human-readable reasons: 'shared entities: …', 'shared terms: …', 'copy of a_…', 'dates agree: …'. */
  readonly why: readonly string[];
}
