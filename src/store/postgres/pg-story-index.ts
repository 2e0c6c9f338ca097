import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { NO_DAY, POSTINGS_PER_KEY } from '../sqlite/posting-limits.js';
import type { PgConnection } from './pg-connection.js';
import { PgMemberTable } from './pg-member-table.js';
import { RANK_HITS, rankedRecords } from './rank-hits-sql.js';

/** Keys naming one member event: exact lookups, kept apart from the ranked postings. */
const MEMBER_PREFIX = 'ev:';

/**
 * Keys ($1, a JSON array) once each; each content key's `POSTINGS_PER_KEY` ($2) most
 * recently active stories, each member key's owner; ranked as `rankByHits` ranks them ($3).
 */
const CANDIDATES = `WITH k AS (SELECT DISTINCT value AS key, starts_with(value, '${MEMBER_PREFIX}') AS member FROM json_array_elements_text($1::json)),
  hits AS (
    SELECT p.id FROM k CROSS JOIN LATERAL story_postings_recent(k.key, $2) p WHERE NOT k.member
    UNION ALL
    SELECT m.owner_id FROM k JOIN story_members m ON m.member_key = k.key WHERE k.member),
  ${RANK_HITS}
  ${rankedRecords('stories', 'record')}`;

/**
 * The stories stage's index over PostgreSQL: the same tables and the same answers as
 * `SqliteStoryIndex` (content keys in `story_postings` by the story's last day seen, capped;
 * member keys in `story_members`), each lookup in one round trip.
 */
export class PgStoryIndex implements StoryIndex {
  private readonly members: PgMemberTable;

  constructor(private readonly pg: PgConnection) {
    this.members = new PgMemberTable(pg, 'story_members');
  }

  candidates(keys: readonly string[], limit: number): StoryRecord[] {
    if (keys.length === 0 || limit <= 0) return [];
    const rows = this.pg.query<{ record: string }>(CANDIDATES, [JSON.stringify(keys), POSTINGS_PER_KEY, limit]);
    return rows.map((r) => JSON.parse(r.record) as StoryRecord);
  }

  /** Saves the story and rewrites its postings in one statement, keeping those that still hold. */
  put(story: StoryRecord, keys: readonly string[]): void {
    const unique = [...new Set(keys)];
    this.pg.query(
      `WITH saved AS (
         INSERT INTO stories (id, record, last_seen) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET record = excluded.record, last_seen = excluded.last_seen),
       keys AS (SELECT value AS key FROM json_array_elements_text($5::json)),
       stale AS (DELETE FROM story_postings WHERE story_id = $1 AND (last_seen <> $4::text OR key NOT IN (SELECT key FROM keys)))
       INSERT INTO story_postings (key, last_seen, story_id) SELECT key, $4::text, $1::text FROM keys ON CONFLICT DO NOTHING`,
      [story.id, JSON.stringify(story), story.lastSeen, story.lastSeen ?? NO_DAY, JSON.stringify(unique.filter((k) => !k.startsWith(MEMBER_PREFIX)))],
    );
    this.members.put(story.id, unique.filter((k) => k.startsWith(MEMBER_PREFIX)));
  }

  remove(id: string): void {
    this.pg.query(
      `WITH postings AS (DELETE FROM story_postings WHERE story_id = $1), members AS (DELETE FROM story_members WHERE owner_id = $1)
       DELETE FROM stories WHERE id = $1`,
      [id],
    );
  }

  get(id: string): StoryRecord | null {
    const row = this.pg.query<{ record: string }>('SELECT record FROM stories WHERE id = $1', [id])[0];
    return row ? (JSON.parse(row.record) as StoryRecord) : null;
  }
}
