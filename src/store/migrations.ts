/**
 * The schema, as an ordered list of migrations. A migration never changes once released;
 * a new one is appended. Stored records that stages define (events, stories, entities) are
 * kept as JSON beside the columns the store queries by, so a stage can grow its record
 * without a schema change.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE sources (
        hash TEXT PRIMARY KEY,
        bytes BLOB NOT NULL,
        size INTEGER NOT NULL,
        first_locator TEXT NOT NULL,
        stored_at TEXT NOT NULL
      );
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        command TEXT NOT NULL,
        config_hash TEXT NOT NULL,
        stages TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        stats TEXT
      );
      CREATE TABLE failures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id TEXT NOT NULL,
        code TEXT NOT NULL,
        locator TEXT NOT NULL,
        stage TEXT NOT NULL,
        message TEXT NOT NULL
      );
      CREATE INDEX failures_run ON failures(run_id);
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source_hash TEXT NOT NULL REFERENCES sources(hash),
        locator TEXT NOT NULL,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        published TEXT,
        article_type TEXT NOT NULL,
        confidence REAL NOT NULL,
        exact_hash TEXT,
        analysis TEXT NOT NULL,
        run_id TEXT NOT NULL,
        seq INTEGER NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_exact ON articles(exact_hash);
      CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body, tokenize = 'porter unicode61');
      CREATE TABLE copy_bands (band TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID;
      CREATE TABLE copies (
        article_id TEXT PRIMARY KEY,
        canonical_id TEXT NOT NULL,
        relation TEXT NOT NULL,
        similarity REAL NOT NULL
      );
      CREATE INDEX copies_canonical ON copies(canonical_id);
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        record TEXT NOT NULL,
        date TEXT,
        first_seen TEXT,
        last_seen TEXT,
        story_id TEXT
      );
      CREATE INDEX events_story ON events(story_id);
      CREATE INDEX events_seen ON events(first_seen, last_seen);
      CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (key, event_id)) WITHOUT ROWID;
      CREATE TABLE article_events (
        article_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        score REAL NOT NULL,
        why TEXT NOT NULL
      );
      CREATE INDEX article_events_event ON article_events(event_id);
      CREATE TABLE stories (id TEXT PRIMARY KEY, record TEXT NOT NULL, last_seen TEXT);
      CREATE TABLE story_keys (key TEXT NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (key, story_id)) WITHOUT ROWID;
      CREATE TABLE entities (id TEXT PRIMARY KEY, record TEXT NOT NULL);
      CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
      CREATE TABLE article_entities (
        article_id TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity_key, article_id)
      ) WITHOUT ROWID;
      CREATE TABLE cluster_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE key_frequencies (scope TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (scope, key)) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'postings-by-recency',
    // Lookups that stay flat as the store grows (bench/scale.mts): key postings ordered by the
    // last day seen, so a common key yields its most recent events or stories instead of all
    // of them; every per-record rewrite finds the old rows through an index instead of a scan.
    sql: `
      CREATE TABLE event_postings (
        key TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (key, last_seen, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_postings_event ON event_postings(event_id);
      INSERT INTO event_postings (key, last_seen, first_seen, event_id)
        SELECT k.key, COALESCE(e.last_seen, ''), COALESCE(e.first_seen, ''), k.event_id FROM event_keys k JOIN events e ON e.id = k.event_id
        WHERE k.key NOT LIKE 'a:%';
      CREATE TABLE event_members (member_key TEXT PRIMARY KEY, owner_id TEXT NOT NULL, position INTEGER NOT NULL);
      CREATE INDEX event_members_owner ON event_members(owner_id, position);
      INSERT OR REPLACE INTO event_members (member_key, owner_id, position)
        SELECT key, event_id, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY key) - 1 FROM event_keys WHERE key LIKE 'a:%';
      DROP TABLE event_keys;
      CREATE TABLE story_postings (
        key TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        story_id TEXT NOT NULL,
        PRIMARY KEY (key, last_seen, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_postings_story ON story_postings(story_id);
      CREATE TABLE story_members (member_key TEXT PRIMARY KEY, owner_id TEXT NOT NULL, position INTEGER NOT NULL);
      CREATE INDEX story_members_owner ON story_members(owner_id, position);
      INSERT INTO story_postings (key, last_seen, story_id)
        SELECT k.key, COALESCE(s.last_seen, ''), k.story_id FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.key NOT LIKE 'ev:%';
      INSERT OR REPLACE INTO story_members (member_key, owner_id, position)
        SELECT key, story_id, ROW_NUMBER() OVER (PARTITION BY story_id ORDER BY key) - 1 FROM story_keys WHERE key LIKE 'ev:%';
      DROP TABLE story_keys;
      CREATE TABLE article_fts_rows (article_id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL);
      INSERT OR REPLACE INTO article_fts_rows (article_id, fts_rowid) SELECT article_id, rowid FROM articles_fts;
      CREATE INDEX article_entities_article ON article_entities(article_id);
      CREATE INDEX articles_seq ON articles(seq);
      CREATE INDEX cluster_log_subject ON cluster_log(subject, id);
      CREATE INDEX articles_exact_seq ON articles(exact_hash, seq);
      DROP INDEX articles_exact;
      CREATE TABLE copy_postings (band TEXT NOT NULL, seq INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, seq, article_id)) WITHOUT ROWID;
      INSERT INTO copy_postings (band, seq, article_id) SELECT b.band, a.seq, b.article_id FROM copy_bands b JOIN articles a ON a.id = b.article_id;
      DROP TABLE copy_bands;
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
        article_id TEXT NOT NULL,
        passage INTEGER NOT NULL,
        first_block INTEGER NOT NULL,
        last_block INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        features TEXT NOT NULL,
        event_id TEXT,
        score REAL NOT NULL,
        why TEXT NOT NULL,
        PRIMARY KEY (article_id, passage)
      );
      CREATE INDEX article_passages_event ON article_passages(event_id);
    `,
  },
];
