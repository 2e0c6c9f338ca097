import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { pgPlaceholders, type PgConnection } from './pg-connection.js';

/** The stories stage's index over PostgreSQL: candidates by shared keys from `story_keys`. */
export class PgStoryIndex implements StoryIndex {
  constructor(private readonly pg: PgConnection) {}

  candidates(keys: readonly string[], limit: number): StoryRecord[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const rows = this.pg.query<{ record: string }>(
      `SELECT s.record FROM (SELECT story_id, COUNT(*) AS hits FROM story_keys WHERE key IN (${pgPlaceholders(unique.length)}) GROUP BY story_id) k
       JOIN stories s ON s.id = k.story_id ORDER BY k.hits DESC, s.id COLLATE "C" LIMIT $${unique.length + 1}`,
      [...unique, limit],
    );
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  put(story: StoryRecord, keys: readonly string[]): void {
    this.pg.query(
      'INSERT INTO stories (id, record, last_seen) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET record = excluded.record, last_seen = excluded.last_seen',
      [story.id, JSON.stringify(story), story.lastSeen],
    );
    this.pg.query('DELETE FROM story_keys WHERE story_id = $1', [story.id]);
    const unique = [...new Set(keys)];
    if (unique.length > 0) {
      this.pg.query(`INSERT INTO story_keys (key, story_id) VALUES ${unique.map((_, i) => `($${i + 2}, $1)`).join(', ')} ON CONFLICT DO NOTHING`, [story.id, ...unique]);
    }
  }

  remove(id: string): void {
    this.pg.query('DELETE FROM story_keys WHERE story_id = $1', [id]);
    this.pg.query('DELETE FROM stories WHERE id = $1', [id]);
  }

  get(id: string): StoryRecord | null {
    const row = this.pg.query<{ record: string }>('SELECT record FROM stories WHERE id = $1', [id])[0];
    return row ? (JSON.parse(row.record) as StoryRecord) : null;
  }
}
