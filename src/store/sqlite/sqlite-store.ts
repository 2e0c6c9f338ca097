import type Database from 'better-sqlite3';
import type { ArticleAnalysis, SourceBlob } from '../../core/model.js';
import type { Failure } from '../../core/errors.js';
import { StorylineError } from '../../core/errors.js';
import { randomUUID } from 'node:crypto';
import type { CopyIndex, CopyRelation } from '../../stages/dedupe/index.js';
import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { namedMentions, type CanonicalEntity } from '../../stages/entities/index.js';
import type {
  ArticleEventLink, ArticleFilter, ArticleSummary, CopyLink, PassageQuery, PassageRecord, RunStats, SearchHit, Store, StoredFailure,
} from '../store.js';
import { PASSAGE_COLUMNS, passageValues, passageWhere, toPassage, type PassageRow } from '../passage-rows.js';
import { openDatabase } from './open-database.js';
import { SUMMARY_COLUMNS, ftsQuery, searchableBody, toSummary, type SummaryRow } from './rows.js';
import { filterClause } from './filter-clause.js';
import { SqliteCopyIndex } from './sqlite-copy-index.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';
import { StatementCache } from './statement-cache.js';
import { StoreEpoch } from './store-epoch.js';

/** The embedded default store: one SQLite file, WAL, FTS5 for search. */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly sql: StatementCache;
  private seq: number;
  /** Open transactions: 0 outside, 1 inside, more inside savepoints. */
  private depth = 0;
  private readonly copies: SqliteCopyIndex;
  private readonly events: SqliteEventIndex;
  private readonly stories: SqliteStoryIndex;
  /** Invalidates the indexes' in-memory caches when a rollback undoes what they saw. */
  private readonly epoch: StoreEpoch;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.sql = new StatementCache(this.db);
    this.epoch = new StoreEpoch(this.db);
    this.copies = new SqliteCopyIndex(this.db, { epoch: this.epoch });
    this.events = new SqliteEventIndex(this.db, this.epoch);
    this.stories = new SqliteStoryIndex(this.db);
    const row = this.sql.get('SELECT COALESCE(MAX(seq), 0) AS s FROM articles').get() as { s: number };
    this.seq = row.s;
  }

  async putSource(blob: SourceBlob, locator: string): Promise<boolean> {
    const result = this.sql
      .get('INSERT OR IGNORE INTO sources (hash, bytes, size, first_locator, stored_at) VALUES (?, ?, ?, ?, ?)')
      .run(blob.hash, Buffer.from(blob.bytes), blob.bytes.byteLength, locator, new Date().toISOString());
    return result.changes > 0;
  }

  async getSource(hash: string): Promise<Uint8Array | null> {
    const row = this.sql.get('SELECT bytes FROM sources WHERE hash = ?').get(hash) as { bytes: Buffer } | undefined;
    return row ? new Uint8Array(row.bytes) : null;
  }

  async startRun(command: string, configHash: string, stages: Readonly<Record<string, string>>): Promise<string> {
    const startedAt = new Date().toISOString();
    const id = `run_${randomUUID()}`;
    this.sql
      .get('INSERT INTO runs (id, command, config_hash, stages, started_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, command, configHash, JSON.stringify(stages), startedAt);
    return id;
  }

  async finishRun(runId: string, stats: RunStats): Promise<void> {
    this.sql.get('UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?').run(new Date().toISOString(), JSON.stringify(stats), runId);
  }

  async recordFailure(runId: string, failure: Failure): Promise<void> {
    this.sql
      .get('INSERT INTO failures (run_id, code, locator, stage, message) VALUES (?, ?, ?, ?, ?)')
      .run(runId, failure.code, failure.locator, failure.stage, failure.message);
  }

  async listFailures(runId?: string): Promise<StoredFailure[]> {
    const sql = 'SELECT run_id AS runId, code, locator, stage, message FROM failures' + (runId ? ' WHERE run_id = ?' : '') + ' ORDER BY id';
    return (runId ? this.sql.get(sql).all(runId) : this.sql.get(sql).all()) as StoredFailure[];
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.sql.get('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async saveArticle(analysis: ArticleAnalysis, runId: string): Promise<void> {
    const { article } = analysis;
    // A new article has no search row or entity rows to replace: skip the deletes (an
    // article is saved again only when its event dates it, see build-corpus.ts).
    const existed = this.sql.get('SELECT 1 FROM articles WHERE id = ?').get(article.id) !== undefined;
    this.seq += 1;
    this.sql
      .get(`INSERT OR REPLACE INTO articles (id, source_hash, locator, outlet, title, url, published, article_type,
                confidence, exact_hash, analysis, run_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(article.id, article.sourceHash, article.locator, article.outlet, article.title, article.url,
        article.published?.value ?? null, analysis.articleType, article.extraction.confidence,
        analysis.fingerprint?.exactHash ?? null, JSON.stringify(analysis), runId, this.seq);
    if (existed) this.forgetSearchAndEntities(article.id);
    const fts = this.sql.get('INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)').run(article.id, article.title, searchableBody(analysis));
    this.sql.get('INSERT OR REPLACE INTO article_fts_rows (article_id, fts_rowid) VALUES (?, ?)').run(article.id, fts.lastInsertRowid);
    const counts = new Map<string, number>();
    // Named mentions only: a resolved "he" adds no one new, and would count resolver errors as mentions.
    for (const mention of namedMentions(analysis.mentions)) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
    const insert = this.sql.get('INSERT INTO article_entities (article_id, entity_key, mentions) VALUES (?, ?, ?)');
    for (const [key, n] of counts) insert.run(article.id, key, n);
  }

  /** Removes an article's search row (found through `article_fts_rows`, never a scan of the FTS table) and entity rows. */
  private forgetSearchAndEntities(articleId: string): void {
    const row = this.sql.get('SELECT fts_rowid FROM article_fts_rows WHERE article_id = ?').get(articleId) as { fts_rowid: number } | undefined;
    if (row) this.sql.get('DELETE FROM articles_fts WHERE rowid = ?').run(row.fts_rowid);
    this.sql.get('DELETE FROM article_entities WHERE article_id = ?').run(articleId);
  }

  async getArticle(id: string): Promise<ArticleAnalysis | null> {
    const row = this.sql.get('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as ArticleAnalysis) : null;
  }

  async getArticles(ids: readonly string[]): Promise<ArticleAnalysis[]> {
    if (ids.length === 0) return [];
    const rows = this.sql.get('SELECT analysis FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq').all(JSON.stringify(ids)) as { analysis: string }[];
    return rows.map((r) => JSON.parse(r.analysis) as ArticleAnalysis);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { where, params } = filterClause(filter);
    const rows = this.sql
      .get(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published IS NULL, a.published, a.seq LIMIT ?`)
      .all(...params, filter.limit ?? 1_000_000) as SummaryRow[];
    return rows.map(toSummary);
  }

  async countArticles(): Promise<number> {
    return (this.sql.get('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  async search(query: string, filter: ArticleFilter = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const { where, params } = filterClause(filter, 'AND');
    const rows = this.sql
      .get(`SELECT ${SUMMARY_COLUMNS}, snippet(articles_fts, 2, '«', '»', '…', 16) AS snippet, bm25(articles_fts) AS rank
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
    // Postings carry the article's arrival number, so a band's lookup reads its latest articles.
    const row = this.sql.get('SELECT seq FROM articles WHERE id = ?').get(articleId) as { seq: number } | undefined;
    const seq = row?.seq ?? this.seq;
    const insert = this.sql.get('INSERT OR IGNORE INTO copy_postings (band, seq, article_id) VALUES (?, ?, ?)');
    for (const band of new Set(bands)) insert.run(band, seq, articleId);
  }

  async saveCopy(link: CopyLink): Promise<void> {
    this.sql
      .get('INSERT OR REPLACE INTO copies (article_id, canonical_id, relation, similarity) VALUES (?, ?, ?, ?)')
      .run(link.articleId, link.canonicalId, link.relation, link.similarity);
  }

  async copyOf(articleId: string): Promise<CopyLink | null> {
    const row = this.sql.get('SELECT article_id, canonical_id, relation, similarity FROM copies WHERE article_id = ?').get(articleId) as
      { article_id: string; canonical_id: string; relation: CopyRelation; similarity: number } | undefined;
    return row ? { articleId: row.article_id, canonicalId: row.canonical_id, relation: row.relation, similarity: row.similarity } : null;
  }

  async listCopies(): Promise<CopyLink[]> {
    const rows = this.sql.get('SELECT article_id, canonical_id, relation, similarity FROM copies ORDER BY canonical_id, article_id').all() as
      { article_id: string; canonical_id: string; relation: CopyRelation; similarity: number }[];
    return rows.map((r) => ({ articleId: r.article_id, canonicalId: r.canonical_id, relation: r.relation, similarity: r.similarity }));
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.events.get(id);
  }

  async listEvents(storyId?: string): Promise<EventRecord[]> {
    const sql = 'SELECT record FROM events' + (storyId ? ' WHERE story_id = ?' : '') + ' ORDER BY date IS NULL, date, id';
    const rows = (storyId ? this.sql.get(sql).all(storyId) : this.sql.get(sql).all()) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as EventRecord);
  }

  async linkArticleToEvent(link: ArticleEventLink): Promise<void> {
    this.sql
      .get('INSERT OR REPLACE INTO article_events (article_id, event_id, score, why) VALUES (?, ?, ?, ?)')
      .run(link.articleId, link.eventId, link.score, JSON.stringify(link.why));
  }

  async articleEventLinks(eventId: string): Promise<ArticleEventLink[]> {
    const rows = this.sql.get('SELECT article_id, event_id, score, why FROM article_events WHERE event_id = ? ORDER BY article_id').all(eventId) as
      { article_id: string; event_id: string; score: number; why: string }[];
    return rows.map((r) => ({ articleId: r.article_id, eventId: r.event_id, score: r.score, why: JSON.parse(r.why) as string[] }));
  }

  async eventOfArticle(articleId: string): Promise<string | null> {
    const row = this.sql.get('SELECT event_id FROM article_events WHERE article_id = ?').get(articleId) as { event_id: string } | undefined;
    return row?.event_id ?? null;
  }

  async savePassages(articleId: string, passages: readonly PassageRecord[]): Promise<void> {
    this.sql.get('DELETE FROM article_passages WHERE article_id = ?').run(articleId);
    const insert = this.sql.get(`INSERT INTO article_passages (${PASSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const passage of passages) insert.run(...passageValues(passage));
  }

  async setPassageEvent(articleId: string, index: number, link: { eventId: string; score: number; why: readonly string[] }): Promise<void> {
    this.sql.get('UPDATE article_passages SET event_id = ?, score = ?, why = ? WHERE article_id = ? AND passage = ?')
      .run(link.eventId, link.score, JSON.stringify(link.why), articleId, index);
  }

  async listPassages(query: PassageQuery): Promise<PassageRecord[]> {
    const { where, value } = passageWhere(query);
    const statement = this.sql.get(`SELECT ${PASSAGE_COLUMNS} FROM article_passages WHERE ${where} ORDER BY article_id, passage`);
    return ((value === null ? statement.all() : statement.all(value)) as PassageRow[]).map(toPassage);
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    return this.stories.get(id);
  }

  async listStories(): Promise<StoryRecord[]> {
    const rows = this.sql.get('SELECT record FROM stories ORDER BY id').all() as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  async setEventStory(eventId: string, storyId: string): Promise<void> {
    this.sql.get('UPDATE events SET story_id = ? WHERE id = ?').run(storyId, eventId);
  }

  async storyOfEvent(eventId: string): Promise<string | null> {
    const row = this.sql.get('SELECT story_id FROM events WHERE id = ?').get(eventId) as { story_id: string | null } | undefined;
    return row?.story_id ?? null;
  }

  async listEntities(): Promise<CanonicalEntity[]> {
    const rows = this.sql.get('SELECT record FROM entities ORDER BY id').all() as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as CanonicalEntity);
  }

  /**
   * Writes only what changed: the entity table is replaced after every run, and as it grows
   * rewriting all of it (rows and index) cost more per run than reading and comparing it.
   */
  async saveEntities(entities: readonly CanonicalEntity[]): Promise<void> {
    const stored = new Map((this.sql.get('SELECT id, record FROM entities').all() as { id: string; record: string }[]).map((r) => [r.id, r.record]));
    const upsert = this.sql.get('INSERT INTO entities (id, record) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record');
    const keys = new Map<string, string>();
    for (const entity of entities) {
      const record = JSON.stringify(entity);
      if (stored.get(entity.id) !== record) upsert.run(entity.id, record);
      stored.delete(entity.id);
      // A key claimed twice goes to the later entity, as the table's replace order did.
      for (const key of entity.keys) keys.set(key, entity.id);
    }
    const removeEntity = this.sql.get('DELETE FROM entities WHERE id = ?');
    for (const id of stored.keys()) removeEntity.run(id);
    const storedKeys = this.sql.get('SELECT key, entity_id FROM entity_keys').all() as { key: string; entity_id: string }[];
    const removeKey = this.sql.get('DELETE FROM entity_keys WHERE key = ?');
    for (const row of storedKeys) {
      if (keys.get(row.key) === row.entity_id) keys.delete(row.key);
      else if (!keys.has(row.key)) removeKey.run(row.key);
    }
    const upsertKey = this.sql.get('INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    for (const [key, id] of keys) upsertKey.run(key, id);
  }

  async updateEntityRecords(changed: readonly CanonicalEntity[], removed: readonly string[]): Promise<void> {
    const removeEntity = this.sql.get('DELETE FROM entities WHERE id = ?');
    const removeKeys = this.sql.get('DELETE FROM entity_keys WHERE entity_id = ?');
    for (const id of removed) {
      removeEntity.run(id);
      removeKeys.run(id);
    }
    const upsert = this.sql.get('INSERT INTO entities (id, record) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET record = excluded.record');
    const upsertKey = this.sql.get('INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    for (const entity of changed) {
      upsert.run(entity.id, JSON.stringify(entity));
      for (const key of entity.keys) upsertKey.run(key, entity.id);
    }
  }

  async logCluster(runId: string, kind: string, subject: string, detail: unknown): Promise<void> {
    this.sql.get('INSERT INTO cluster_log (run_id, kind, subject, detail) VALUES (?, ?, ?, ?)').run(runId, kind, subject, JSON.stringify(detail));
  }

  async clusterLog(subject: string): Promise<{ kind: string; detail: unknown }[]> {
    const rows = this.sql.get('SELECT kind, detail FROM cluster_log WHERE subject = ? ORDER BY id').all(subject) as { kind: string; detail: string }[];
    return rows.map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) as unknown }));
  }

  async getState(key: string): Promise<string | null> {
    const row = this.sql.get('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setState(key: string, value: string): Promise<void> {
    this.sql.get('INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)').run(key, value);
  }

  /**
   * Nested calls become savepoints: the pipeline commits a group of articles at once (one
   * commit per article cost more than assigning it) while each article still lands whole
   * or not at all.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const savepoint = this.depth > 0 ? `article_${this.depth}` : null;
    this.db.exec(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE');
    this.depth += 1;
    const seqBefore = this.seq;
    try {
      const result = await work();
      this.depth -= 1;
      this.db.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      this.depth -= 1;
      this.db.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      this.seq = seqBefore;
      this.epoch.bump();
      if (error instanceof StorylineError) throw error;
      throw new StorylineError('STORE_FAILED', `transaction rolled back: ${(error as Error).message}`, { cause: String(error) });
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

