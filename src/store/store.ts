import type { ArticleAnalysis, ArticleType, SourceBlob } from '../core/model.js';
import type { Failure } from '../core/errors.js';
import type { CopyIndex, CopyRelation } from '../stages/dedupe/index.js';
import type { EventFeatures, EventIndex, EventRecord } from '../stages/events/index.js';
import type { StoryIndex, StoryRecord } from '../stages/stories/index.js';
import type { CanonicalEntity } from '../stages/entities/index.js';

/** A row of the article list: enough to show and filter without loading the text. */
export interface ArticleSummary {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly articleType: ArticleType;
  readonly confidence: number;
  readonly locator: string;
}

export interface ArticleFilter {
  /** Outlet name, exact. */
  readonly outlet?: string;
  /** ISO dates, inclusive, compared on the publication time. */
  readonly from?: string;
  readonly to?: string;
  /** An entity id or a mention key: only articles that mention it. */
  readonly entity?: string;
  readonly limit?: number;
}

export interface SearchHit extends ArticleSummary {
  /** The matched text with the hits between « and ». */
  readonly snippet: string;
  readonly rank: number;
}

export interface CopyLink {
  readonly articleId: string;
  readonly canonicalId: string;
  readonly relation: CopyRelation;
  readonly similarity: number;
}

export interface ArticleEventLink {
  readonly articleId: string;
  readonly eventId: string;
  readonly score: number;
  readonly why: readonly string[];
}

/**
 * One passage of a round-up (an article that tells several happenings) and the event it
 * tells, or null while none is known. The passage that placed the article always has one
 * (the article's own, at the least).
 */
export interface PassageRecord {
  readonly articleId: string;
  readonly index: number;
  readonly firstBlock: number;
  readonly lastBlock: number;
  /** Character range in the article's text. */
  readonly start: number;
  readonly end: number;
  /** What the passage is scored by, kept so a later run can link it without re-analysis. */
  readonly features: EventFeatures;
  readonly eventId: string | null;
  readonly score: number;
  readonly why: readonly string[];
}

/** Which passages to list: of one event, of one article, or those not linked yet. */
export type PassageQuery = { readonly eventId: string } | { readonly articleId: string } | { readonly unlinked: true };

export interface RunStats {
  readonly [name: string]: number | string;
}

export interface StoredFailure extends Failure {
  readonly runId: string;
}

/**
 * Everything Storyline keeps. Stages never see this; the pipeline and the faces (CLI,
 * HTTP, report) do. Methods are async so a networked database can implement the same
 * interface as the embedded one.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  /** Stores raw bytes under their hash; false when they were already there. */
  putSource(blob: SourceBlob, locator: string): Promise<boolean>;
  getSource(hash: string): Promise<Uint8Array | null>;

  startRun(command: string, configHash: string, stages: Readonly<Record<string, string>>): Promise<string>;
  finishRun(runId: string, stats: RunStats): Promise<void>;
  recordFailure(runId: string, failure: Failure): Promise<void>;
  listFailures(runId?: string): Promise<StoredFailure[]>;

  hasArticle(id: string): Promise<boolean>;
  saveArticle(analysis: ArticleAnalysis, runId: string): Promise<void>;
  getArticle(id: string): Promise<ArticleAnalysis | null>;
  getArticles(ids: readonly string[]): Promise<ArticleAnalysis[]>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  search(query: string, filter?: ArticleFilter): Promise<SearchHit[]>;

  /**
   * The corpus stages' indexes. They are synchronous because the stages decide inside
   * them; an embedded store answers directly, a networked one serves them from a cache of
   * the time window being assigned (assignment is serialised per window).
   */
  copyIndex(): CopyIndex;
  eventIndex(): EventIndex;
  storyIndex(): StoryIndex;

  indexCopyBands(articleId: string, bands: readonly string[]): Promise<void>;
  saveCopy(link: CopyLink): Promise<void>;
  listCopies(): Promise<CopyLink[]>;
  /** The copy link of an article, when it copies another. */
  copyOf(articleId: string): Promise<CopyLink | null>;

  getEvent(id: string): Promise<EventRecord | null>;
  listEvents(storyId?: string): Promise<EventRecord[]>;
  linkArticleToEvent(link: ArticleEventLink): Promise<void>;
  articleEventLinks(eventId: string): Promise<ArticleEventLink[]>;
  eventOfArticle(articleId: string): Promise<string | null>;
  /** Replaces the passages of an article (none for the common article that tells one happening). */
  savePassages(articleId: string, passages: readonly PassageRecord[]): Promise<void>;
  setPassageEvent(articleId: string, index: number, link: { eventId: string; score: number; why: readonly string[] }): Promise<void>;
  /** Passages in article, then passage order. */
  listPassages(query: PassageQuery): Promise<PassageRecord[]>;

  getStory(id: string): Promise<StoryRecord | null>;
  listStories(): Promise<StoryRecord[]>;
  setEventStory(eventId: string, storyId: string): Promise<void>;
  storyOfEvent(eventId: string): Promise<string | null>;

  listEntities(): Promise<CanonicalEntity[]>;
  /** Replaces the entity table and the key → entity map (entities are few; articles are many). */
  saveEntities(entities: readonly CanonicalEntity[]): Promise<void>;
  /**
   * Writes what one incremental resolution changed: `changed` entities (and their keys)
   * upserted, `removed` ids deleted. Cost follows the change, not the table.
   */
  updateEntityRecords(changed: readonly CanonicalEntity[], removed: readonly string[]): Promise<void>;

  /** Records a clustering decision (join, create, merge) so it can be explained later. */
  logCluster(runId: string, kind: string, subject: string, detail: unknown): Promise<void>;
  clusterLog(subject: string): Promise<{ kind: string; detail: unknown }[]>;

  getState(key: string): Promise<string | null>;
  setState(key: string, value: string): Promise<void>;

  /** Runs `work` atomically: all of its writes land, or none do. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
