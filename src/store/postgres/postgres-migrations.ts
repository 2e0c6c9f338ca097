import type { Migration } from '../migrations.js';

/**
 * One key's capped postings, newest first, read down the primary key. The planner cannot
 * know how many postings a key passed at run time holds, guesses a few, and then prefers a
 * bitmap scan of all of them plus a sort, which reads every posting of a common key
 * (bench/pg-postings.mts, 20,000 events: about 50 ms a lookup, slower than uncapped, against
 * under 3 ms); with bitmap scans off inside these functions the only plan that keeps the
 * order is the index walk that stops at the cap.
 */
const POSTING_READERS = `
      CREATE FUNCTION event_postings_recent(p_key TEXT, p_cap BIGINT) RETURNS TABLE (id TEXT) LANGUAGE sql STABLE SET enable_bitmapscan = off
        AS $$ SELECT p.event_id FROM event_postings p WHERE p.key = p_key ORDER BY p.last_seen DESC, p.event_id DESC LIMIT p_cap $$;
      CREATE FUNCTION event_postings_since(p_key TEXT, p_since TEXT, p_cap BIGINT) RETURNS TABLE (id TEXT, first_seen TEXT) LANGUAGE sql STABLE SET enable_bitmapscan = off
        AS $$ SELECT p.event_id, p.first_seen FROM event_postings p WHERE p.key = p_key AND p.last_seen >= p_since ORDER BY p.last_seen DESC, p.event_id DESC LIMIT p_cap $$;
      CREATE FUNCTION event_postings_on(p_key TEXT, p_day TEXT, p_cap BIGINT) RETURNS TABLE (id TEXT) LANGUAGE sql STABLE SET enable_bitmapscan = off
        AS $$ SELECT p.event_id FROM event_postings p WHERE p.key = p_key AND p.last_seen = p_day ORDER BY p.event_id DESC LIMIT p_cap $$;
      CREATE FUNCTION story_postings_recent(p_key TEXT, p_cap BIGINT) RETURNS TABLE (id TEXT) LANGUAGE sql STABLE SET enable_bitmapscan = off
        AS $$ SELECT p.story_id FROM story_postings p WHERE p.key = p_key ORDER BY p.last_seen DESC, p.story_id DESC LIMIT p_cap $$;
      CREATE FUNCTION copy_postings_recent(p_band TEXT, p_cap BIGINT) RETURNS TABLE (id TEXT) LANGUAGE sql STABLE SET enable_bitmapscan = off
        AS $$ SELECT p.article_id FROM copy_postings p WHERE p.band = p_band ORDER BY p.seq DESC, p.article_id DESC LIMIT p_cap $$;`;

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
  {
    version: 2,
    name: 'postings-by-recency',
    // SQLite's migration 2 (see its comment): key postings ordered by the last day seen (copy
    // bands by arrival), so each key reads its most recent holders, capped, instead of all;
    // member keys in member tables with one owner each. A member key held by two owners in
    // the old tables keeps the greater owner id, as SQLite's INSERT OR REPLACE does; member
    // positions are re-derived in key order, and a later put that fails the prefix check
    // rewrites them. `written` orders member rows as SQLite's rowid does (a rewritten row
    // is the newest), for the rare owner whose positions repeat after another took a key.
    sql: `
      CREATE TABLE event_postings (
        key TEXT COLLATE "C" NOT NULL, last_seen TEXT COLLATE "C" NOT NULL, first_seen TEXT COLLATE "C" NOT NULL, event_id TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (key, last_seen, event_id)
      );
      CREATE INDEX event_postings_event ON event_postings(event_id);
      INSERT INTO event_postings (key, last_seen, first_seen, event_id)
        SELECT k.key, COALESCE(e.last_seen, ''), COALESCE(e.first_seen, ''), k.event_id FROM event_keys k JOIN events e ON e.id = k.event_id
        WHERE NOT starts_with(k.key, 'a:');
      CREATE TABLE event_members (member_key TEXT COLLATE "C" PRIMARY KEY, owner_id TEXT COLLATE "C" NOT NULL, position INTEGER NOT NULL, written BIGINT GENERATED BY DEFAULT AS IDENTITY);
      CREATE INDEX event_members_owner ON event_members(owner_id, position);
      INSERT INTO event_members (member_key, owner_id, position)
        SELECT key, event_id, (ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY key COLLATE "C") - 1)::int
        FROM (SELECT DISTINCT ON (key) key, event_id FROM event_keys WHERE starts_with(key, 'a:') ORDER BY key, event_id COLLATE "C" DESC) one_owner;
      DROP TABLE event_keys;
      CREATE TABLE story_postings (
        key TEXT COLLATE "C" NOT NULL, last_seen TEXT COLLATE "C" NOT NULL, story_id TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (key, last_seen, story_id)
      );
      CREATE INDEX story_postings_story ON story_postings(story_id);
      INSERT INTO story_postings (key, last_seen, story_id)
        SELECT k.key, COALESCE(s.last_seen, ''), k.story_id FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE NOT starts_with(k.key, 'ev:');
      CREATE TABLE story_members (member_key TEXT COLLATE "C" PRIMARY KEY, owner_id TEXT COLLATE "C" NOT NULL, position INTEGER NOT NULL, written BIGINT GENERATED BY DEFAULT AS IDENTITY);
      CREATE INDEX story_members_owner ON story_members(owner_id, position);
      INSERT INTO story_members (member_key, owner_id, position)
        SELECT key, story_id, (ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY key COLLATE "C") - 1)::int
        FROM (SELECT DISTINCT ON (key) key, story_id FROM story_keys WHERE starts_with(key, 'ev:') ORDER BY key, story_id COLLATE "C" DESC) one_owner;
      DROP TABLE story_keys;
      CREATE TABLE copy_postings (band TEXT COLLATE "C" NOT NULL, seq BIGINT NOT NULL, article_id TEXT COLLATE "C" NOT NULL, PRIMARY KEY (band, seq, article_id));
      INSERT INTO copy_postings (band, seq, article_id) SELECT b.band, a.seq, b.article_id FROM copy_bands b JOIN articles a ON a.id = b.article_id;
      DROP TABLE copy_bands;
      CREATE INDEX articles_exact_seq ON articles(exact_hash, seq);
      DROP INDEX articles_exact;
      ${POSTING_READERS}
    `,
  },
  {
    version: 3,
    name: 'entity-keys-by-entity',
    // Incremental entity writes delete a merged entity's keys by its id, and the entity
    // filter of article lists reads an entity's keys: both scanned the key table without this.
    sql: `CREATE INDEX entity_keys_entity ON entity_keys(entity_id);`,
  },
  {
    version: 4,
    name: 'article-passages',
    // Round-ups: the passages of an article that tells several happenings, each with the
    // event it was linked to (null until that event is known) and the features it is
    // scored by, so a later run can link it without analysing the article again.
    sql: `
      CREATE TABLE article_passages (
        article_id TEXT COLLATE "C" NOT NULL,
        passage INTEGER NOT NULL,
        first_block INTEGER NOT NULL,
        last_block INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        features TEXT NOT NULL,
        event_id TEXT COLLATE "C",
        score DOUBLE PRECISION NOT NULL,
        why TEXT NOT NULL,
        PRIMARY KEY (article_id, passage)
      );
      CREATE INDEX article_passages_event ON article_passages(event_id);
    `,
  },
];
