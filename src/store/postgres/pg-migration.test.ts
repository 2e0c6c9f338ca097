import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../migrations.js';
import { openDatabase } from '../sqlite/open-database.js';
import { SqliteEventIndex } from '../sqlite/sqlite-event-index.js';
import { SqliteStoryIndex } from '../sqlite/sqlite-story-index.js';
import { SqliteCopyIndex } from '../sqlite/sqlite-copy-index.js';
import { dropStorylineTables, openPostgres } from './open-postgres.js';
import { connectPostgres, type PgConnection } from './pg-connection.js';
import { PgCopyIndex } from './pg-copy-index.js';
import { PgEventIndex } from './pg-event-index.js';
import { PgStoryIndex } from './pg-story-index.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './test-database.js';

const record = (id: string, extra: object) => JSON.stringify({ id, title: id, ...extra });

/** A store as migration 1 left it: keys in event_keys / story_keys, bands in copy_bands. */
const ROWS: Record<string, unknown[][]> = {
  sources: [['h_src', 'x', 1, 'src.txt', '2024-01-01']],
  articles: ['a_1', 'a_2', 'a_3'].map((id, i) => [id, 'h_src', `${id}.txt`, 'Herald', id, null, null, 'news', 1, null,
    JSON.stringify({ article: { id, outlet: 'Herald', title: id, url: null, published: null, text: '', blocks: [] }, sentences: [], fingerprint: { minhash: [i], simhash: '', terms: [], exactHash: '' } }), 'run', i + 1]),
  copy_bands: [['b:1', 'a_1'], ['b:1', 'a_2'], ['b:1', 'a_3'], ['b:2', 'a_2']],
  events: [
    ['ev_a', record('ev_a', { firstSeen: '2024-03-01', lastSeen: '2024-03-04', articleIds: ['a_2', 'a_1'] }), '2024-03-01', '2024-03-01', '2024-03-04', null],
    ['ev_b', record('ev_b', { firstSeen: '2024-06-01', lastSeen: '2024-06-01', articleIds: ['a_3', 'a_1'] }), '2024-06-01', '2024-06-01', '2024-06-01', null],
    ['ev_u', record('ev_u', { firstSeen: null, lastSeen: null, articleIds: [] }), null, null, null, null],
  ],
  // a:a_1 is held by two events (as a stale migration-1 store may hold it): the greater id keeps it.
  event_keys: [['t:port', 'ev_a'], ['a:a_2', 'ev_a'], ['a:a_1', 'ev_a'], ['t:port', 'ev_b'], ['e:halvik', 'ev_b'], ['a:a_3', 'ev_b'], ['a:a_1', 'ev_b'], ['t:port', 'ev_u']],
  stories: [['st_1', record('st_1', { eventIds: ['ev_a'] }), '2024-03-04'], ['st_2', record('st_2', { eventIds: ['ev_b', 'ev_u'] }), null]],
  story_keys: [['e:halvik', 'st_1'], ['ev:ev_a', 'st_1'], ['e:halvik', 'st_2'], ['t:port', 'st_2'], ['ev:ev_b', 'st_2'], ['ev:ev_u', 'st_2']],
};

function insertRows(run: (table: string, values: unknown[]) => void): void {
  for (const [table, rows] of Object.entries(ROWS)) for (const values of rows) run(table, values);
}

function migrationOnePostgres(url: string): void {
  const pg = connectPostgres(url);
  pg.exec('SET client_min_messages = warning');
  pg.exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL); ${POSTGRES_MIGRATIONS[0]?.sql ?? ''}`);
  pg.query("INSERT INTO schema_version (version, name) VALUES (1, 'initial')");
  insertRows((table, values) => void pg.query(`INSERT INTO ${table} VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`, values));
  pg.close();
}

function migrationOneSqlite(path: string): void {
  const db = new Database(path);
  db.exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL); ${SQLITE_MIGRATIONS[0]?.sql ?? ''}`);
  db.prepare("INSERT INTO schema_version (version, name) VALUES (1, 'initial')").run();
  insertRows((table, values) => void db.prepare(`INSERT INTO ${table} VALUES (${values.map(() => '?').join(', ')})`).run(...values));
  db.close();
}

const tableExists = (pg: PgConnection, table: string): boolean => pg.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table])[0]?.t != null;

describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL migration 2 (postings by recency)', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => {
    for (const cleanup of cleanups) cleanup();
  });

  it('carries a migration-1 store\'s keys over, answering as SQLite\'s migrated store does', () => {
    const { url, drop } = freshTestSchema();
    const dir = mkdtempSync(join(tmpdir(), 'storyline-migrate-'));
    cleanups.push(drop, () => rmSync(dir, { recursive: true, force: true }));
    migrationOnePostgres(url);
    migrationOneSqlite(join(dir, 'old.db'));
    const pg = openPostgres(url);
    const db = openDatabase(join(dir, 'old.db'));
    expect(pg.query<{ v: number }>('SELECT MAX(version) AS v FROM schema_version')[0]?.v).toBe(POSTGRES_MIGRATIONS.length);
    for (const old of ['event_keys', 'story_keys', 'copy_bands']) expect(tableExists(pg, old)).toBe(false);

    const [events, sqliteEvents] = [new PgEventIndex(pg), new SqliteEventIndex(db)];
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    expect(ids(events.candidates(['t:port'], null, 10))).toEqual(['ev_a', 'ev_b', 'ev_u']);
    expect(ids(events.candidates(['t:port', 'e:halvik'], { from: '2024-05-30', to: '2024-06-02' }, 10))).toEqual(['ev_b', 'ev_u']);
    expect(ids(events.candidates(['a:a_1'], null, 10))).toEqual(['ev_b']);
    expect(ids(events.candidates(['a:a_2'], null, 10))).toEqual(['ev_a']);
    const stories = new PgStoryIndex(pg);
    expect(ids(stories.candidates(['e:halvik', 't:port'], 10))).toEqual(['st_2', 'st_1']);
    expect(ids(stories.candidates(['ev:ev_u'], 10))).toEqual(['st_2']);
    expect(new PgCopyIndex(pg).byBands(['b:1', 'b:2'], 10).map((c) => c.articleId)).toEqual(['a_2', 'a_1', 'a_3']);

    for (const [keys, window] of [[['t:port', 'a:a_1', 'a:a_3'], null], [['t:port', 'e:halvik', 'a:a_2'], { from: '2024-03-02', to: '2024-03-03' }]] as const) {
      expect(events.candidates(keys, window, 10)).toEqual(sqliteEvents.candidates(keys, window, 10));
    }
    expect(stories.candidates(['e:halvik', 'ev:ev_a', 'ev:ev_b'], 10)).toEqual(new SqliteStoryIndex(db).candidates(['e:halvik', 'ev:ev_a', 'ev:ev_b'], 10));
    expect(new PgCopyIndex(pg).byBands(['b:1'], 10)).toEqual(new SqliteCopyIndex(db).byBands(['b:1'], 10));
    db.close();
    pg.close();
  });

  it('rewrites re-derived member positions on the next put, and drops the new tables on --fresh', () => {
    const { url, drop } = freshTestSchema();
    cleanups.push(drop);
    migrationOnePostgres(url);
    const pg = openPostgres(url);
    const events = new PgEventIndex(pg);
    // Migrated members sit in key order (a_1, a_3); the event's own order is a_3, a_1, so
    // the prefix check fails and the put rewrites them in its order.
    const grown = { id: 'ev_b', title: 'ev_b', date: '2024-06-01', granularity: 'day' as const, firstSeen: '2024-06-01', lastSeen: '2024-06-02',
      articleIds: ['a_3', 'a_1', 'a_5'], termWeights: {}, entityWeights: {}, dateVotes: {} };
    events.put(grown, ['t:port', 'a:a_3', 'a:a_1', 'a:a_5']);
    expect(events.candidates(['a:a_5'], null, 10).map((e) => e.id)).toEqual(['ev_b']);
    expect(events.candidates(['t:port'], { from: '2024-06-02', to: '2024-06-02' }, 10).map((e) => e.id)).toEqual(['ev_b', 'ev_u']);
    const members = pg.query<{ member_key: string }>("SELECT member_key FROM event_members WHERE owner_id = 'ev_b' ORDER BY position");
    expect(members.map((r) => r.member_key)).toEqual(['a:a_3', 'a:a_1', 'a:a_5']);
    pg.close();
    dropStorylineTables(url);
    const after = connectPostgres(url);
    for (const table of ['event_postings', 'event_members', 'story_postings', 'story_members', 'copy_postings', 'events']) expect(tableExists(after, table)).toBe(false);
    after.close();
  });
});
