import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../migrations.js';
import { openDatabase } from './open-database.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';

describe('openDatabase on a store written by an older version', () => {
  it('moves event and story keys into the recency-ordered postings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-migrate-'));
    const path = join(dir, 'old.db');
    const old = new Database(path);
    const first = SQLITE_MIGRATIONS[0];
    if (!first) throw new Error('no migrations');
    old.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    old.exec(first.sql);
    old.prepare('INSERT INTO schema_version (version, name) VALUES (1, ?)').run(first.name);
    const record = { id: 'ev_a', title: 'a', date: '2024-03-01', granularity: 'day', firstSeen: '2024-03-01', lastSeen: '2024-03-02', articleIds: ['a_1'], termWeights: {}, entityWeights: {}, dateVotes: {} };
    old.prepare('INSERT INTO events (id, record, date, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)').run('ev_a', JSON.stringify(record), '2024-03-01', '2024-03-01', '2024-03-02');
    old.prepare('INSERT INTO event_keys (key, event_id) VALUES (?, ?), (?, ?)').run('t:port', 'ev_a', 'a:a_1', 'ev_a');
    const story = { id: 'st_a', title: 'a', eventIds: ['ev_a'], firstSeen: '2024-03-01', lastSeen: '2024-03-02', termWeights: {}, entityWeights: {} };
    old.prepare('INSERT INTO stories (id, record, last_seen) VALUES (?, ?, ?)').run('st_a', JSON.stringify(story), '2024-03-02');
    old.prepare('INSERT INTO story_keys (key, story_id) VALUES (?, ?), (?, ?)').run('t:port', 'st_a', 'ev:ev_a', 'st_a');
    old.close();

    const db = openDatabase(path);
    expect(new SqliteEventIndex(db).candidates(['t:port'], { from: '2024-03-02', to: '2024-03-09' }, 10).map((e) => e.id)).toEqual(['ev_a']);
    expect(new SqliteEventIndex(db).candidates(['a:a_1'], null, 1).map((e) => e.id)).toEqual(['ev_a']);
    expect(new SqliteStoryIndex(db).candidates(['ev:ev_a'], 1).map((s) => s.id)).toEqual(['st_a']);
    expect(new SqliteStoryIndex(db).candidates(['t:port'], 1).map((s) => s.id)).toEqual(['st_a']);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
