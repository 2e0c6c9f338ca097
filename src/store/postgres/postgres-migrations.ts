import type { Migration } from '../migrations.js';

/**
 * The PostgreSQL schema: the same tables as SQLite's, with PostgreSQL types, a tsvector
 * for search (English stems plus the plain words, so an exact word is still required
 * the way FTS5 requires it), and a sequence for the article order. Ids and ISO dates are
 * compared byte-wise (COLLATE "C"), as SQLite compares them. Appended to, never changed.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE sources (hash TEXT PRIMARY KEY, bytes BYTEA NOT NULL, size INTEGER NOT NULL, first_locator TEXT NOT NULL, stored_at TEXT NOT NULL);
      CREATE TABLE runs (id TEXT COLLATE "C" PRIMARY KEY, command TEXT NOT NULL, config_hash TEXT NOT NULL, stages TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, stats TEXT);
      CREATE TABLE failures (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, code TEXT NOT NULL, locator TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL);
      CREATE INDEX failures_run ON failures(run_id);
      CREATE SEQUENCE article_seq;
      CREATE TABLE articles (
        id TEXT COLLATE "C" PRIMARY KEY, source_hash TEXT NOT NULL REFERENCES sources(hash), locator TEXT NOT NULL, outlet TEXT NOT NULL,
        title TEXT NOT NULL, url TEXT, published TEXT COLLATE "C", article_type TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
        exact_hash TEXT, analysis TEXT NOT NULL, run_id TEXT NOT NULL, seq BIGINT NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_exact ON articles(exact_hash);
      CREATE INDEX articles_seq ON articles(seq);
      CREATE TABLE articles_fts (
        article_id TEXT COLLATE "C" PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
        doc TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body) || to_tsvector('simple', title || ' ' || body)) STORED
      );
      CREATE INDEX articles_fts_doc ON articles_fts USING GIN (doc);
      CREATE TABLE copy_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id));
      CREATE TABLE copies (article_id TEXT COLLATE "C" PRIMARY KEY, canonical_id TEXT NOT NULL, relation TEXT NOT NULL, similarity DOUBLE PRECISION NOT NULL);
      CREATE INDEX copies_canonical ON copies(canonical_id);
      CREATE TABLE events (id TEXT COLLATE "C" PRIMARY KEY, record TEXT NOT NULL, date TEXT COLLATE "C", first_seen TEXT COLLATE "C", last_seen TEXT COLLATE "C", story_id TEXT);
      CREATE INDEX events_story ON events(story_id);
      CREATE INDEX events_seen ON events(first_seen, last_seen);
      CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (key, event_id));
      CREATE INDEX event_keys_event ON event_keys(event_id);
      CREATE TABLE article_events (article_id TEXT COLLATE "C" PRIMARY KEY, event_id TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, why TEXT NOT NULL);
      CREATE INDEX article_events_event ON article_events(event_id);
      CREATE TABLE stories (id TEXT COLLATE "C" PRIMARY KEY, record TEXT NOT NULL, last_seen TEXT);
      CREATE TABLE story_keys (key TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (key, story_id));
      CREATE INDEX story_keys_story ON story_keys(story_id);
      CREATE TABLE entities (id TEXT COLLATE "C" PRIMARY KEY, record TEXT NOT NULL);
      CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
      CREATE TABLE article_entities (article_id TEXT NOT NULL, entity_key TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (entity_key, article_id));
      CREATE INDEX article_entities_article ON article_entities(article_id);
      CREATE TABLE cluster_log (id BIGSERIAL PRIMARY KEY, run_id TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL);
      CREATE INDEX cluster_log_subject ON cluster_log(subject);
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE key_frequencies (scope TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (scope, key));
    `,
  },
];
