import type { Citation, Span } from '../../core/model.js';

/** One article of the set a timeline is built from. */
export interface DatedArticle {
  readonly id: string;
  /** Publication day, `YYYY-MM-DD`; relative dates in the text are resolved against it. */
  readonly published: string;
  readonly text: string;
  /**
   * The sentences a timeline may quote, as spans of `text`; all of the text's sentences when
   * omitted. A caller that has already segmented and labelled the article passes only its
   * citable sentences (no boilerplate, titles or opinion), so the method never sees the rest.
   */
  readonly sentences?: readonly Span[];
  /**
   * Time expressions already found in `text` (normalised values, resolved against the
   * publication time); found afresh when omitted. Lets the product reuse its article analysis.
   */
  readonly timeExpressions?: readonly TimeMention[];
}

/** Where a time expression starts in the text and its normalised value (`2024-03-05`, ranges). */
export interface TimeMention {
  readonly start: number;
  readonly value: string;
}

export interface TimelineOptions {
  /** How many dates the timeline has (l). */
  readonly dates: number;
  /** Sentences per date (k). */
  readonly sentences: number;
  /** Earliest and latest day a timeline date may have (inclusive, `YYYY-MM-DD`). */
  readonly from?: string;
  readonly to?: string;
}

export interface TimelineSentence {
  readonly text: string;
  readonly citation: Citation;
}

export interface TimelineEntry {
  readonly date: string;
  readonly sentences: readonly TimelineSentence[];
}

/** A sentence with what the generator needs to know about it. */
export interface CandidateSentence {
  readonly articleId: string;
  readonly published: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Position in its article (0 = first). */
  readonly position: number;
  /** Days (`YYYY-MM-DD`) the sentence mentions, resolved against the publication day. */
  readonly mentions: readonly string[];
  /** Content terms (lower-case, light-stemmed, no stop words). */
  readonly terms: readonly string[];
}
