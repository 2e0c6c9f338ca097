import type Database from 'better-sqlite3';
import type { ArticleAnalysis, SourceBlob } from '../../core/model.js';
import type { Failure } from '../../core/errors.js';
import { StorylineError } from '../../core/errors.js';
import { randomUUID } from 'node:crypto';
import type { CopyIndex, CopyRelation } from '../../stages/dedupe/index.js';
import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import type { CanonicalEntity } from '../../stages/entities/index.js';
import type {
  ArticleEventLink, ArticleFilter, ArticleSummary, CopyLink, RunStats, SearchHit, Store, StoredFailure,
} from '../store.js';
import { openDatabase } from './open-database.js';
import { SUMMARY_COLUMNS, ftsQuery, placeholders, searchableBody, toSummary, type SummaryRow } from './rows.js';
import { filterClause } from './filter-clause.js';
import { SqliteCopyIndex } from './sqlite-copy-index.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';

/** The embedded default store: one SQLite file, WAL, FTS5 for search. */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private seq: number;
  private readonly copies: SqliteCopyIndex;
  private readonly events: SqliteEventIndex;
  private readonly stories: SqliteStoryIndex;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.copies = new SqliteCopyIndex(this.db);
    this.events = new SqliteEventIndex(this.db);
    this.stories = new SqliteStoryIndex(this.db);
    const row = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM articles').get() as { s: number };
    this.seq = row.s;
  }

  async putSource(blob: SourceBlob, locator: string): Promise<boolean> {
    const result = this.db
      .prepare('INSERT OR IGNORE INTO sources (hash, bytes, size, first_locator, stored_at) VALUES (?, ?, ?, ?, ?)')
      .run(blob.hash, Buffer.from(blob.bytes), blob.bytes.byteLength, locator, new Date().toISOString());
    return result.changes > 0;
  }

  async getSource(hash: string): Promise<Uint8Array | null> {
    const row = this.db.prepare('SELECT bytes FROM sources WHERE hash = ?').get(hash) as { bytes: Buffer } | undefined;
    return row ? new Uint8Array(row.bytes) : null;
  }

  async startRun(command: string, configHash: string, stages: Readonly<Record<string, string>>): Promise<string> {
    const startedAt = new Date().toISOString();
    const id = `run_${randomUUID()}`;
    this.db
      .prepare('INSERT INTO runs (id, command, config_hash, stages, started_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, command, configHash, JSON.stringify(stages), startedAt);
    return id;
  }

  async finishRun(runId: string, stats: RunStats): Promise<void> {
    this.db.prepare('UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(stats), runId);
  }

  async recordFailure(runId: string, failure: Failure): Promise<void> {
    this.db
      .prepare('INSERT INTO failures (run_id, code, locator, stage, message) VALUES (?, ?, ?, ?, ?)')
      .run(runId, failure.code, failure.locator, failure.stage, failure.message);
  }

  async listFailures(runId?: string): Promise<StoredFailure[]> {
    const sql = 'SELECT run_id AS runId, code, locator, stage, message FROM failures' + (runId ? ' WHERE run_id = ?' : '') + ' ORDER BY id';
    return (runId ? this.db.prepare(sql).all(runId) : this.db.prepare(sql).all()) as StoredFailure[];
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async saveArticle(analysis: ArticleAnalysis, runId: string): Promise<void> {
    const { article } = analysis;
    this.seq += 1;
    this.db
      .prepare(`INSERT OR REPLACE INTO articles (id, source_hash, locator, outlet, title, url, published, article_type,
                confidence, exact_hash, analysis, run_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(article.id, article.sourceHash, article.locator, article.outlet, article.title, article.url,
        article.published?.value ?? null, analysis.articleType, article.extraction.confidence,
        analysis.fingerprint?.exactHash ?? null, JSON.stringify(analysis), runId, this.seq);
    this.db.prepare('DELETE FROM articles_fts WHERE article_id = ?').run(article.id);
    this.db.prepare('INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)').run(article.id, article.title, searchableBody(analysis));
    this.db.prepare('DELETE FROM article_entities WHERE article_id = ?').run(article.id);
    const counts = new Map<string, number>();
    for (const mention of analysis.mentions) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
    const insert = this.db.prepare('INSERT INTO article_entities (article_id, entity_key, mentions) VALUES (?, ?, ?)');
    for (const [key, n] of counts) insert.run(article.id, key, n);
  }

  async getArticle(id: string): Promise<ArticleAnalysis | null> {
    const row = this.db.prepare('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as ArticleAnalysis) : null;
  }

  async getArticles(ids: readonly string[]): Promise<ArticleAnalysis[]> {
    if (ids.length === 0) return [];
    const rows = this.db.prepare(`SELECT analysis FROM articles WHERE id IN (${placeholders(ids.length)}) ORDER BY seq`).all(...ids) as { analysis: string }[];
    return rows.map((r) => JSON.parse(r.analysis) as ArticleAnalysis);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { where, params } = filterClause(filter);
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published IS NULL, a.published, a.seq LIMIT ?`)
      .all(...params, filter.limit ?? 1_000_000) as SummaryRow[];
    return rows.map(toSummary);
  }

  async countArticles(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  async search(query: string, filter: ArticleFilter = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const { where, params } = filterClause(filter, 'AND');
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 2, '«', '»', '…', 16) AS snippet, bm25(articles_fts) AS rank
                FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id
                WHERE articles_fts MATCH ? ${where} ORDER BY rank LIMIT ?`)
      .all(match, ...params, filter.limit ?? 50) as (SummaryRow & { snippet: string; rank: number })[];
    return rows.map((row) => ({ ...toSummary(row), snippet: row.snippet, rank: row.rank }));
  }

  copyIndex(): CopyIndex {
    return this.copies;
  }

  eventIndex(): EventIndex {
    return this.events;
  }

  storyIndex(): StoryIndex {
    return this.stories;
  }

  async indexCopyBands(articleId: string, bands: readonly string[]): Promise<void> {
    const insert = this.db.prepare('INSERT OR IGNORE INTO copy_bands (band, article_id) VALUES (?, ?)');
    for (const band of bands) insert.run(band, articleId);
  }

  async saveCopy(link: CopyLink): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO copies (article_id, canonical_id, relation, similarity) VALUES (?, ?, ?, ?)')
      .run(link.articleId, link.canonicalId, link.relation, link.similarity);
  }

  async copyOf(articleId: string): Promise<CopyLink | null> {
    const row = this.db.prepare('SELECT article_id, canonical_id, relation, similarity FROM copies WHERE article_id = ?').get(articleId) as
      { article_id: string; canonical_id: string; relation: CopyRelation; similarity: number } | undefined;
    return row ? { articleId: row.article_id, canonicalId: row.canonical_id, relation: row.relation, similarity: row.similarity } : null;
  }

  async listCopies(): Promise<CopyLink[]> {
    const rows = this.db.prepare('SELECT article_id, canonical_id, relation, similarity FROM copies ORDER BY canonical_id, article_id').all() as
      { article_id: string; canonical_id: string; relation: CopyRelation; similarity: number }[];
    return rows.map((r) => ({ articleId: r.article_id, canonicalId: r.canonical_id, relation: r.relation, similarity: r.similarity }));
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.events.get(id);
  }

  async listEvents(storyId?: string): Promise<EventRecord[]> {
    const sql = 'SELECT record FROM events' + (storyId ? ' WHERE story_id = ?' : '') + ' ORDER BY date IS NULL, date, id';
    const rows = (storyId ? this.db.prepare(sql).all(storyId) : this.db.prepare(sql).all()) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as EventRecord);
  }

  async linkArticleToEvent(link: ArticleEventLink): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO article_events (article_id, event_id, score, why) VALUES (?, ?, ?, ?)')
      .run(link.articleId, link.eventId, link.score, JSON.stringify(link.why));
  }

  async articleEventLinks(eventId: string): Promise<ArticleEventLink[]> {
    const rows = this.db.prepare('SELECT article_id, event_id, score, why FROM article_events WHERE event_id = ? ORDER BY article_id').all(eventId) as
      { article_id: string; event_id: string; score: number; why: string }[];
    return rows.map((r) => ({ articleId: r.article_id, eventId: r.event_id, score: r.score, why: JSON.parse(r.why) as string[] }));
  }

  async eventOfArticle(articleId: string): Promise<string | null> {
    const row = this.db.prepare('SELECT event_id FROM article_events WHERE article_id = ?').get(articleId) as { event_id: string } | undefined;
    return row?.event_id ?? null;
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    return this.stories.get(id);
  }

  async listStories(): Promise<StoryRecord[]> {
    const rows = this.db.prepare('SELECT record FROM stories ORDER BY id').all() as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  async setEventStory(eventId: string, storyId: string): Promise<void> {
    this.db.prepare('UPDATE events SET story_id = ? WHERE id = ?').run(storyId, eventId);
  }

  async storyOfEvent(eventId: string): Promise<string | null> {
    const row = this.db.prepare('SELECT story_id FROM events WHERE id = ?').get(eventId) as { story_id: string | null } | undefined;
    return row?.story_id ?? null;
  }

  async listEntities(): Promise<CanonicalEntity[]> {
    const rows = this.db.prepare('SELECT record FROM entities ORDER BY id').all() as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as CanonicalEntity);
  }

  async saveEntities(entities: readonly CanonicalEntity[]): Promise<void> {
    this.db.exec('DELETE FROM entities; DELETE FROM entity_keys;');
    const insertEntity = this.db.prepare('INSERT INTO entities (id, record) VALUES (?, ?)');
    const insertKey = this.db.prepare('INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    for (const entity of entities) {
      insertEntity.run(entity.id, JSON.stringify(entity));
      for (const key of entity.keys) insertKey.run(key, entity.id);
    }
  }

  async logCluster(runId: string, kind: string, subject: string, detail: unknown): Promise<void> {
    this.db.prepare('INSERT INTO cluster_log (run_id, kind, subject, detail) VALUES (?, ?, ?, ?)').run(runId, kind, subject, JSON.stringify(detail));
  }

  async clusterLog(subject: string): Promise<{ kind: string; detail: unknown }[]> {
    const rows = this.db.prepare('SELECT kind, detail FROM cluster_log WHERE subject = ? ORDER BY id').all(subject) as { kind: string; detail: string }[];
    return rows.map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) as unknown }));
  }

  async getState(key: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setState(key: string, value: string): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)').run(key, value);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    const seqBefore = this.seq;
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.seq = seqBefore;
      if (error instanceof StorylineError) throw error;
      throw new StorylineError('STORE_FAILED', `transaction rolled back: ${(error as Error).message}`, { cause: String(error) });
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

