import { randomUUID } from 'node:crypto';
import type { ArticleAnalysis, SourceBlob } from '../../core/model.js';
import { StorylineError, type Failure } from '../../core/errors.js';
import type { CopyIndex, CopyRelation } from '../../stages/dedupe/index.js';
import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { namedMentions, type CanonicalEntity } from '../../stages/entities/index.js';
import type { ArticleEventLink, ArticleFilter, ArticleSummary, CopyLink, PassageQuery, PassageRecord, RunStats, SearchHit, Store, StoredFailure } from '../store.js';
import { PASSAGE_COLUMNS, passageValues, passageWhere, toPassage, type PassageRow } from '../passage-rows.js';
import { SUMMARY_COLUMNS, searchableBody, toSummary, type SummaryRow } from '../sqlite/rows.js';
import type { PgConnection } from './pg-connection.js';
import { PgCopyIndex } from './pg-copy-index.js';
import { PgEventIndex } from './pg-event-index.js';
import { pgFilterClause } from './pg-filter-clause.js';
import { PgStoryIndex } from './pg-story-index.js';
import { openPostgres, WRITER_LOCK } from './open-postgres.js';

type CopyRow = { article_id: string; canonical_id: string; relation: CopyRelation; similarity: number };
const toCopy = (r: CopyRow): CopyLink => ({ articleId: r.article_id, canonicalId: r.canonical_id, relation: r.relation, similarity: r.similarity });

/**
 * The store on a PostgreSQL server, for corpora and teams one SQLite file does not suit:
 * many readers on other machines (`storyline serve`, reports) while a build writes.
 * Writers are serialised by an advisory lock taken in every transaction, because the
 * corpus stages decide from what the indexes hold; readers never wait.
 */
export class PostgresStore implements Store {
  readonly dialect = 'postgres' as const;
  private readonly pg: PgConnection;
  private readonly copies: PgCopyIndex;
  private readonly events: PgEventIndex;
  private readonly stories: PgStoryIndex;
  /** Open transactions: the outermost is BEGIN … COMMIT, inner ones are savepoints. */
  private depth = 0;
  /**
   * Bumped whenever the writers' lock is taken and after any rollback: caches that are only
   * sound under the lock (key counts) start over then. Null when the lock is not held.
   */
  private lockEpoch = 0;
  private lockHeld = false;

  constructor(url: string) {
    this.pg = openPostgres(url);
    this.copies = new PgCopyIndex(this.pg);
    this.events = new PgEventIndex(this.pg, () => (this.lockHeld ? this.lockEpoch : null));
    this.stories = new PgStoryIndex(this.pg);
  }

  async putSource(blob: SourceBlob, locator: string): Promise<boolean> {
    // Bytes travel as base64: libpq's text protocol would mangle raw binary parameters.
    const rows = this.pg.query(
      `INSERT INTO sources (hash, bytes, size, first_locator, stored_at) VALUES ($1, decode($2, 'base64'), $3, $4, $5) ON CONFLICT DO NOTHING RETURNING hash`,
      [blob.hash, Buffer.from(blob.bytes).toString('base64'), blob.bytes.byteLength, locator, new Date().toISOString()],
    );
    return rows.length > 0;
  }

  async getSource(hash: string): Promise<Uint8Array | null> {
    const row = this.pg.query<{ bytes: string }>(`SELECT encode(bytes, 'base64') AS bytes FROM sources WHERE hash = $1`, [hash])[0];
    return row ? new Uint8Array(Buffer.from(row.bytes, 'base64')) : null;
  }

  async startRun(command: string, configHash: string, stages: Readonly<Record<string, string>>): Promise<string> {
    const id = `run_${randomUUID()}`;
    this.pg.query('INSERT INTO runs (id, command, config_hash, stages, started_at) VALUES ($1, $2, $3, $4, $5)', [id, command, configHash, JSON.stringify(stages), new Date().toISOString()]);
    return id;
  }

  async finishRun(runId: string, stats: RunStats): Promise<void> {
    this.pg.query('UPDATE runs SET finished_at = $1, stats = $2 WHERE id = $3', [new Date().toISOString(), JSON.stringify(stats), runId]);
  }

  async recordFailure(runId: string, failure: Failure): Promise<void> {
    this.pg.query('INSERT INTO failures (run_id, code, locator, stage, message) VALUES ($1, $2, $3, $4, $5)', [runId, failure.code, failure.locator, failure.stage, failure.message]);
  }

  async listFailures(runId?: string): Promise<StoredFailure[]> {
    const sql = `SELECT run_id AS "runId", code, locator, stage, message FROM failures${runId ? ' WHERE run_id = $1' : ''} ORDER BY id`;
    return this.pg.query<StoredFailure>(sql, runId ? [runId] : []);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.pg.query('SELECT 1 FROM articles WHERE id = $1', [id]).length > 0;
  }

  async saveArticle(analysis: ArticleAnalysis, runId: string): Promise<void> {
    const { article } = analysis;
    this.pg.query(
      `INSERT INTO articles (id, source_hash, locator, outlet, title, url, published, article_type, confidence, exact_hash, analysis, run_id, seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, nextval('article_seq'))
       ON CONFLICT (id) DO UPDATE SET source_hash = excluded.source_hash, locator = excluded.locator, outlet = excluded.outlet, title = excluded.title,
         url = excluded.url, published = excluded.published, article_type = excluded.article_type, confidence = excluded.confidence,
         exact_hash = excluded.exact_hash, analysis = excluded.analysis, run_id = excluded.run_id, seq = excluded.seq`,
      [article.id, article.sourceHash, article.locator, article.outlet, article.title, article.url, article.published?.value ?? null,
        analysis.articleType, article.extraction.confidence, analysis.fingerprint?.exactHash ?? null, JSON.stringify(analysis), runId],
    );
    this.pg.query(
      'INSERT INTO articles_fts (article_id, title, body) VALUES ($1, $2, $3) ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, body = excluded.body',
      [article.id, article.title, searchableBody(analysis)],
    );
    this.pg.query('DELETE FROM article_entities WHERE article_id = $1', [article.id]);
    const counts = new Map<string, number>();
    // Named mentions only: a resolved "he" adds no one new, and would count resolver errors as mentions.
    for (const mention of namedMentions(analysis.mentions)) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
    if (counts.size === 0) return;
    const values = [...counts].flatMap(([key, n]) => [key, n]);
    const rows = [...counts.keys()].map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3})`).join(', ');
    this.pg.query(`INSERT INTO article_entities (article_id, entity_key, mentions) VALUES ${rows}`, [article.id, ...values]);
  }

  async getArticle(id: string): Promise<ArticleAnalysis | null> {
    const row = this.pg.query<{ analysis: string }>('SELECT analysis FROM articles WHERE id = $1', [id])[0];
    return row ? (JSON.parse(row.analysis) as ArticleAnalysis) : null;
  }

  async getArticles(ids: readonly string[]): Promise<ArticleAnalysis[]> {
    if (ids.length === 0) return [];
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    return this.pg.query<{ analysis: string }>(`SELECT analysis FROM articles WHERE id IN (${list}) ORDER BY seq`, ids).map((r) => JSON.parse(r.analysis) as ArticleAnalysis);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    const { where, params } = pgFilterClause(filter, 'WHERE', 1);
    const rows = this.pg.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.published IS NULL, a.published COLLATE "C", a.seq LIMIT $${params.length + 1}`,
      [...params, filter.limit ?? 1_000_000],
    );
    return rows.map(toSummary);
  }

  async countArticles(): Promise<number> {
    return this.pg.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles')[0]?.n ?? 0;
  }

  async search(query: string, filter: ArticleFilter = {}): Promise<SearchHit[]> {
    const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    // Every word must match, as its English stem or as itself (so a stop word such as "or"
    // is still required, as FTS5 requires it); words are letters and digits only.
    const terms = words.map((_, i) => `(to_tsquery('english', $${i + 1}) || to_tsquery('simple', $${i + 1}))`).join(' && ');
    const { where, params } = pgFilterClause(filter, 'AND', words.length + 1);
    const rows = this.pg.query<SummaryRow & { snippet: string; rank: number }>(
      `WITH q AS (SELECT ${terms} AS query)
       SELECT ${SUMMARY_COLUMNS}, ts_headline('english', f.body, q.query, 'StartSel=«, StopSel=», MaxWords=16, MinWords=6') AS snippet,
              -ts_rank(f.doc, q.query) AS rank
       FROM q, articles_fts f JOIN articles a ON a.id = f.article_id
       WHERE f.doc @@ q.query ${where} ORDER BY rank, a.id COLLATE "C" LIMIT $${words.length + params.length + 1}`,
      [...words.map((w) => `'${w}'`), ...params, filter.limit ?? 50],
    );
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
    if (bands.length === 0) return;
    // Postings carry the article's arrival number, so a band's lookup reads its latest
    // articles; an article not saved takes the latest number, as SQLite's store does.
    this.pg.query(
      `INSERT INTO copy_postings (band, seq, article_id)
       SELECT DISTINCT b.value, s.seq, $1::text FROM json_array_elements_text($2::json) b,
         (SELECT COALESCE((SELECT seq FROM articles WHERE id = $1), (SELECT MAX(seq) FROM articles), 0) AS seq) s
       ON CONFLICT DO NOTHING`,
      [articleId, JSON.stringify(bands)],
    );
  }

  async saveCopy(link: CopyLink): Promise<void> {
    this.pg.query(
      `INSERT INTO copies (article_id, canonical_id, relation, similarity) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET canonical_id = excluded.canonical_id, relation = excluded.relation, similarity = excluded.similarity`,
      [link.articleId, link.canonicalId, link.relation, link.similarity],
    );
  }

  async copyOf(articleId: string): Promise<CopyLink | null> {
    const row = this.pg.query<CopyRow>('SELECT article_id, canonical_id, relation, similarity FROM copies WHERE article_id = $1', [articleId])[0];
    return row ? toCopy(row) : null;
  }

  async listCopies(): Promise<CopyLink[]> {
    return this.pg.query<CopyRow>('SELECT article_id, canonical_id, relation, similarity FROM copies ORDER BY canonical_id COLLATE "C", article_id COLLATE "C"').map(toCopy);
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return this.events.get(id);
  }

  async listEvents(storyId?: string): Promise<EventRecord[]> {
    const sql = `SELECT record FROM events${storyId ? ' WHERE story_id = $1' : ''} ORDER BY date IS NULL, date COLLATE "C", id COLLATE "C"`;
    return this.pg.query<{ record: string }>(sql, storyId ? [storyId] : []).map((r) => JSON.parse(r.record) as EventRecord);
  }

  async linkArticleToEvent(link: ArticleEventLink): Promise<void> {
    this.pg.query(
      `INSERT INTO article_events (article_id, event_id, score, why) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET event_id = excluded.event_id, score = excluded.score, why = excluded.why`,
      [link.articleId, link.eventId, link.score, JSON.stringify(link.why)],
    );
  }

  async articleEventLinks(eventId: string): Promise<ArticleEventLink[]> {
    const rows = this.pg.query<{ article_id: string; event_id: string; score: number; why: string }>(
      'SELECT article_id, event_id, score, why FROM article_events WHERE event_id = $1 ORDER BY article_id COLLATE "C"', [eventId]);
    return rows.map((r) => ({ articleId: r.article_id, eventId: r.event_id, score: r.score, why: JSON.parse(r.why) as string[] }));
  }

  async eventOfArticle(articleId: string): Promise<string | null> {
    return this.pg.query<{ event_id: string }>('SELECT event_id FROM article_events WHERE article_id = $1', [articleId])[0]?.event_id ?? null;
  }

  async savePassages(articleId: string, passages: readonly PassageRecord[]): Promise<void> {
    this.pg.query('DELETE FROM article_passages WHERE article_id = $1', [articleId]);
    for (const passage of passages) {
      this.pg.query(`INSERT INTO article_passages (${PASSAGE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, passageValues(passage));
    }
  }

  async setPassageEvent(articleId: string, index: number, link: { eventId: string; score: number; why: readonly string[] }): Promise<void> {
    this.pg.query('UPDATE article_passages SET event_id = $1, score = $2, why = $3 WHERE article_id = $4 AND passage = $5',
      [link.eventId, link.score, JSON.stringify(link.why), articleId, index]);
  }

  async listPassages(query: PassageQuery): Promise<PassageRecord[]> {
    const { where, value } = passageWhere(query);
    const sql = `SELECT ${PASSAGE_COLUMNS} FROM article_passages WHERE ${where.replace('?', '$1')} ORDER BY article_id, passage`;
    return this.pg.query<PassageRow>(sql, value === null ? [] : [value]).map(toPassage);
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    return this.stories.get(id);
  }

  async listStories(): Promise<StoryRecord[]> {
    return this.pg.query<{ record: string }>('SELECT record FROM stories ORDER BY id COLLATE "C"').map((r) => JSON.parse(r.record) as StoryRecord);
  }

  async setEventStory(eventId: string, storyId: string): Promise<void> {
    this.pg.query('UPDATE events SET story_id = $1 WHERE id = $2', [storyId, eventId]);
  }

  async storyOfEvent(eventId: string): Promise<string | null> {
    return this.pg.query<{ story_id: string | null }>('SELECT story_id FROM events WHERE id = $1', [eventId])[0]?.story_id ?? null;
  }

  async listEntities(): Promise<CanonicalEntity[]> {
    return this.pg.query<{ record: string }>('SELECT record FROM entities ORDER BY id COLLATE "C"').map((r) => JSON.parse(r.record) as CanonicalEntity);
  }

  async saveEntities(entities: readonly CanonicalEntity[]): Promise<void> {
    this.pg.exec('DELETE FROM entities; DELETE FROM entity_keys;');
    for (const entity of entities) {
      this.pg.query('INSERT INTO entities (id, record) VALUES ($1, $2)', [entity.id, JSON.stringify(entity)]);
      for (const key of entity.keys) {
        this.pg.query('INSERT INTO entity_keys (key, entity_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id', [key, entity.id]);
      }
    }
  }

  async updateEntityRecords(changed: readonly CanonicalEntity[], removed: readonly string[]): Promise<void> {
    for (const id of removed) {
      this.pg.query('DELETE FROM entities WHERE id = $1', [id]);
      this.pg.query('DELETE FROM entity_keys WHERE entity_id = $1', [id]);
    }
    for (const entity of changed) {
      this.pg.query('INSERT INTO entities (id, record) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET record = excluded.record', [entity.id, JSON.stringify(entity)]);
      for (const key of entity.keys) {
        this.pg.query('INSERT INTO entity_keys (key, entity_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id', [key, entity.id]);
      }
    }
  }

  async logCluster(runId: string, kind: string, subject: string, detail: unknown): Promise<void> {
    this.pg.query('INSERT INTO cluster_log (run_id, kind, subject, detail) VALUES ($1, $2, $3, $4)', [runId, kind, subject, JSON.stringify(detail)]);
  }

  async clusterLog(subject: string): Promise<{ kind: string; detail: unknown }[]> {
    return this.pg.query<{ kind: string; detail: string }>('SELECT kind, detail FROM cluster_log WHERE subject = $1 ORDER BY id', [subject])
      .map((r) => ({ kind: r.kind, detail: JSON.parse(r.detail) as unknown }));
  }

  async getState(key: string): Promise<string | null> {
    return this.pg.query<{ value: string }>('SELECT value FROM state WHERE key = $1', [key])[0]?.value ?? null;
  }

  async setState(key: string, value: string): Promise<void> {
    this.pg.query('INSERT INTO state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /**
   * Runs `work` atomically. A transaction inside another becomes a savepoint, so the
   * pipeline can commit a group of articles at once while each article still rolls back alone.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const savepoint = this.depth > 0 ? `article_${this.depth}` : null;
    this.pg.exec(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
    this.depth += 1;
    try {
      // One writer at a time across processes: assignment reads the indexes it then changes.
      if (!savepoint) {
        this.pg.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
        this.lockEpoch += 1;
        this.lockHeld = true;
      }
      const result = await work();
      this.depth -= 1;
      if (!savepoint) this.lockHeld = false;
      this.pg.exec(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      this.depth -= 1;
      if (!savepoint) this.lockHeld = false;
      this.lockEpoch += 1;
      this.pg.exec(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}` : 'ROLLBACK');
      if (error instanceof StorylineError) throw error;
      throw new StorylineError('STORE_FAILED', `transaction rolled back: ${(error as Error).message}`, { cause: String(error) });
    }
  }

  async close(): Promise<void> {
    this.pg.close();
  }
}
