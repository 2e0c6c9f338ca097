/**
 * The records every stage reads and writes. Plain readonly data: no methods, no store
 * handles, so a record can cross a worker thread, a JSON file or a database row unchanged.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indexes into `Article.text`, end exclusive,
 * so `article.text.slice(start, end)` is the cited text.
 */

/** A half-open range of character offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed' | 'warc';

/** How fine a date or time value is. `value` strings are ISO-8601 at this precision. */
export type Granularity =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month'
  | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

/** Where a publication time was found; `inferred` means computed, not read. */
export type DateProvenance =
  | 'input' | 'json-ld' | 'meta' | 'time-element' | 'dateline' | 'url' | 'text' | 'inferred';

export interface PublicationTime {
  /** ISO-8601: `2024-03-05`, `2024-03-05T14:00:00Z`, `2024-03` … at `precision`. */
  readonly value: string;
  readonly precision: Granularity;
  readonly provenance: DateProvenance;
  /** 0..1; 1 for a value read from structured metadata. */
  readonly confidence: number;
}

/** Metadata a container (JSONL record, feed item, text header, WARC headers) gave for a document. */
export interface DocumentHints {
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly authors?: readonly string[];
  /** Fields the container had that Storyline does not interpret; kept verbatim. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The verbatim bytes of one input, stored content-addressed. */
export interface SourceBlob {
  /** sha256 hex of `bytes`. */
  readonly hash: string;
  readonly bytes: Uint8Array;
}

/** One document found inside an input: a file, a JSONL line, a feed item, a WARC record. */
export interface RawDocument {
  /** sha256 of the source blob (the whole file) this document came from. */
  readonly sourceHash: string;
  /** Where it came from: `path`, `path#line=12`, `path#item=3`, `path#record=<WARC-Record-ID>`. */
  readonly locator: string;
  readonly format: InputFormat;
  /** What `body` holds. */
  readonly kind: 'html' | 'text';
  /** The decoded document: an HTML page or plain text. */
  readonly body: string;
  /** Charset used to decode the body, and how it was chosen. */
  readonly encoding: string;
  readonly hints: DocumentHints;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'caption' | 'boilerplate';

/** A paragraph-like block of the article text. */
export interface Block extends Span {
  readonly kind: BlockKind;
  /** Why a block was marked boilerplate (rule name), for the report and for debugging. */
  readonly reason?: string;
}

export type ArticleType = 'news' | 'opinion' | 'analysis' | 'press-release' | 'other';

export interface Extraction {
  /** Which step of the extraction cascade produced the text, e.g. `html.structural.v1`, `text.v1`. */
  readonly method: string;
  /** 0..1: how sure the extractor is that `text` is the article and only the article. */
  readonly confidence: number;
}

/** An article after extraction and cleaning: the unit every later stage reads. */
export interface Article {
  /** Stable id derived from content and origin: `a_` + 16 hex chars. */
  readonly id: string;
  readonly sourceHash: string;
  readonly locator: string;
  readonly format: InputFormat;
  readonly outlet: string;
  readonly url: string | null;
  readonly canonicalUrl: string | null;
  readonly title: string;
  readonly authors: readonly string[];
  readonly published: PublicationTime | null;
  readonly modified: string | null;
  readonly language: string | null;
  /** Section or page type the page declared (e.g. `opinion`), if any. */
  readonly section: string | null;
  /** The main text: blocks separated by blank lines ("\n\n"). Boilerplate blocks stay in, marked. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly extraction: Extraction;
  /** Container fields kept verbatim (JSONL unknown keys …). */
  readonly extra: Readonly<Record<string, unknown>>;
}

export type SentenceLabel = 'reporting' | 'quote' | 'opinion' | 'boilerplate';

export interface Sentence extends Span {
  /** Index of the block (in `Article.blocks`) that holds this sentence. */
  readonly block: number;
}

export interface Token extends Span {
  readonly text: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  readonly text: string;
  readonly type: TimexType;
  /**
   * TIMEX3-style normalised value: `2024-03-05`, `2024-03`, `2024-W10`, `2024-Q1`, `2024-SU`,
   * `199`, `P3D`, `PRESENT_REF`, `2024-03-05T14:00`, ranges as `2024-03-05/2024-03-09`.
   */
  readonly value: string;
  readonly granularity: Granularity | null;
  /** What the value was resolved against: absolute text, the publication time, or nothing. */
  readonly anchor: 'absolute' | 'publication' | 'none';
  readonly confidence: number;
}

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface EntityCandidate {
  /** Canonical key of a candidate entity (see `Mention.key`). */
  readonly key: string;
  readonly score: number;
}

export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /**
   * Canonical key within the article: the normalised full name this mention refers to
   * (surname-only and title forms already resolved to the fullest name in the article,
   * known aliases folded: "ISIL" → "islamic state"). Corpus-level resolution maps keys to entities.
   */
  readonly key: string;
  /** Display form of the resolved name, e.g. "Donald Trump". */
  readonly name: string;
  /** Set when the mention is ambiguous: scored alternatives, best first. */
  readonly candidates?: readonly EntityCandidate[];
  /**
   * Set on a third-person pronoun ("he", "her"; it/they are left unresolved) resolved within the article to a named
   * mention before it: `text` is the pronoun, `type`, `key` and `name` are its antecedent's.
   * Absent on named mentions. Readers that count names (NER scores, entity votes, event
   * keys) leave these out (`namedMentions` in the entities stage).
   */
  readonly via?: 'pronoun';
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  readonly content: Span;
  readonly cue: Span | null;
  readonly speaker: Span | null;
  /** Resolved speaker name ("Rex Tillerson", "the Kremlin", "a senior official"). */
  readonly speakerName: string | null;
  /** Mention key of the speaker when it is a named entity. */
  readonly speakerKey: string | null;
  readonly kind: QuoteKind;
  /** True for unnamed sources ("a senior official", "people familiar with the matter"). */
  readonly anonymous: boolean;
}

export interface Fingerprint {
  /** MinHash signature over word shingles (seeded, deterministic). */
  readonly minhash: readonly number[];
  /** 64-bit SimHash as 16 hex chars. */
  readonly simhash: string;
  /** Salient terms (lower-case lemmas/stems), most salient first. */
  readonly terms: readonly string[];
  /** sha256 of the normalised non-boilerplate text: equal means exact copy. */
  readonly exactHash: string;
}

/** Everything the per-article pipeline learns about one article. Stages fill it in order. */
export interface ArticleAnalysis {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly TimeExpression[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  /** One label per sentence, same order as `sentences`. */
  readonly sentenceLabels: readonly SentenceLabel[];
  readonly articleType: ArticleType;
  readonly fingerprint: Fingerprint | null;
}

/** A citation: the article and the exact text range a claim came from. */
export interface Citation extends Span {
  readonly articleId: string;
}

/** A sentence of generated output (timeline, briefing) with the text it came from. */
export interface CitedSentence {
  readonly text: string;
  readonly citations: readonly Citation[];
}
