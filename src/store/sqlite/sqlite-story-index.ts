import type Database from 'better-sqlite3';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { placeholders } from './rows.js';

/** The stories stage's index over SQLite: candidates by shared keys from `story_keys`. */
export class SqliteStoryIndex implements StoryIndex {
  constructor(private readonly db: Database.Database) {}

  candidates(keys: readonly string[], limit: number): StoryRecord[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT s.record FROM (SELECT story_id, COUNT(*) AS hits FROM story_keys WHERE key IN (${placeholders(unique.length)})
                GROUP BY story_id) k JOIN stories s ON s.id = k.story_id ORDER BY k.hits DESC, s.id LIMIT ?`)
      .all(...unique, limit) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  put(story: StoryRecord, keys: readonly string[]): void {
    this.db
      .prepare(`INSERT INTO stories (id, record, last_seen) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET record = excluded.record, last_seen = excluded.last_seen`)
      .run(story.id, JSON.stringify(story), story.lastSeen);
    this.db.prepare('DELETE FROM story_keys WHERE story_id = ?').run(story.id);
    const insert = this.db.prepare('INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)');
    for (const key of new Set(keys)) insert.run(key, story.id);
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM story_keys WHERE story_id = ?').run(id);
    this.db.prepare('DELETE FROM stories WHERE id = ?').run(id);
  }

  get(id: string): StoryRecord | null {
    const row = this.db.prepare('SELECT record FROM stories WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as StoryRecord) : null;
  }
}
