import type {
  Block, CitedSentence, EntityType, Granularity, Mention, PublicationTime, Quote, SentenceLabel, TimeExpression, ArticleType,
} from '../core/model.js';
import type { OutletCoverage } from '../stages/compare/index.js';
import type { TimelineEntry } from '../stages/timeline/index.js';

/** Bumped when a field changes meaning or disappears; adding fields keeps the version. */
export const STORIES_SCHEMA_VERSION = 1;
export const STORIES_SCHEMA_ID = 'https://storyline.invalid/schema/stories-v1.json';

/** `stories.json`: everything the report shows, as data. Schema: `schema/stories-v1.json`. */
export interface StoriesDocument {
  readonly $schema: string;
  readonly schemaVersion: number;
  readonly generator: { readonly name: 'storyline'; readonly version: string; readonly stages: Readonly<Record<string, string>> };
  readonly stories: readonly StoryView[];
  readonly articles: readonly ArticleView[];
  readonly entities: readonly EntityView[];
  readonly failures: readonly FailureView[];
}

export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly briefing: readonly CitedSentence[];
  readonly timeline: readonly TimelineEntry[];
  readonly events: readonly EventView[];
  /** Entity ids, most mentioned first. */
  readonly entities: readonly { readonly id: string; readonly mentions: number }[];
  readonly quotes: readonly QuoteView[];
  readonly outlets: readonly OutletCoverage[];
}

export interface EventView {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly granularity: Granularity | string | null;
  readonly articleIds: readonly string[];
  readonly outlets: readonly string[];
  readonly entities: readonly string[];
  readonly summary: readonly CitedSentence[];
  /** What tied the members together (shared entities, terms, dates, copies). */
  readonly why: readonly string[];
  /** Passages of other articles (round-ups) that tell this event, with the text they cite. */
  readonly passages: readonly PassageView[];
}

/** A passage of a round-up linked to an event: the article, the text range, and why it was linked. */
export interface PassageView {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly why: readonly string[];
}

export interface QuoteView {
  readonly articleId: string;
  readonly outlet: string;
  readonly speaker: string | null;
  readonly entityId: string | null;
  readonly kind: Quote['kind'];
  readonly anonymous: boolean;
  readonly text: string;
  readonly citation: { readonly articleId: string; readonly start: number; readonly end: number };
  /** The same quote carried by other articles (syndicated copies, re-quotes), with their citations. */
  readonly alsoIn: readonly { readonly articleId: string; readonly outlet: string; readonly citation: { readonly articleId: string; readonly start: number; readonly end: number } }[];
}

export interface ArticleView {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly url: string | null;
  readonly authors: readonly string[];
  readonly published: PublicationTime | null;
  readonly type: ArticleType;
  readonly extraction: { readonly method: string; readonly confidence: number; readonly lowConfidence: boolean };
  readonly source: { readonly locator: string; readonly hash: string; readonly format: string };
  readonly eventId: string | null;
  readonly storyId: string | null;
  readonly copyOf: { readonly articleId: string; readonly relation: string; readonly similarity: number } | null;
  /** A round-up's passages, one per happening, each with the event it tells (null: none known); [] for other articles. */
  readonly passages: readonly { readonly start: number; readonly end: number; readonly eventId: string | null }[];
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly sentences: readonly { readonly start: number; readonly end: number; readonly label: SentenceLabel }[];
  readonly timexes: readonly TimeExpression[];
  readonly mentions: readonly (Mention & { readonly entityId: string | null })[];
  readonly quotes: readonly Quote[];
}

export interface EntityView {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: number;
  readonly articles: number;
}

export interface FailureView {
  readonly code: string;
  readonly locator: string;
  readonly stage: string;
  readonly message: string;
}
