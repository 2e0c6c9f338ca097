import type Database from 'better-sqlite3';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { NO_DAY, POSTINGS_PER_KEY } from './posting-limits.js';
import { rankByHits, recordsById } from './rank-by-hits.js';
import { MemberTable } from './member-table.js';
import { ParsedRecordCache } from './parsed-record-cache.js';
import { replacePostings, type PostingTable } from './replace-postings.js';
import { StatementCache } from './statement-cache.js';

/** Keys naming one member event: exact lookups, kept apart from the ranked postings. */
const MEMBER_PREFIX = 'ev:';
const STORY_POSTINGS: PostingTable = { table: 'story_postings', owner: 'story_id', days: ['last_seen'] };

/**
 * The stories stage's index over SQLite. Content keys (entities, terms) live in
 * `story_postings`, ordered by the story's last day seen, so a common key yields its most
 * recent stories (at most `POSTINGS_PER_KEY`); member keys (`ev:<event>`) live in
 * `story_members` (see `MemberTable`).
 */
export class SqliteStoryIndex implements StoryIndex {
  private readonly sql: StatementCache;
  private readonly members: MemberTable;
  private readonly parsed = new ParsedRecordCache<StoryRecord>();

  constructor(db: Database.Database) {
    this.sql = new StatementCache(db);
    this.members = new MemberTable(db, 'story_members');
  }

  candidates(keys: readonly string[], limit: number): StoryRecord[] {
    const hits = new Map<string, number>();
    const add = (id: string): void => void hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const key of new Set(keys)) {
      if (key.startsWith(MEMBER_PREFIX)) {
        const owner = this.members.ownerOf(key);
        if (owner !== null) add(owner);
        continue;
      }
      const rows = this.sql.get('SELECT story_id FROM story_postings WHERE key = ? ORDER BY last_seen DESC, story_id DESC LIMIT ?').all(key, POSTINGS_PER_KEY) as { story_id: string }[];
      for (const row of rows) add(row.story_id);
    }
    return recordsById(this.sql.get('SELECT id, record FROM stories WHERE id IN (SELECT value FROM json_each(?))'), rankByHits(hits, limit), this.parsed);
  }

  put(story: StoryRecord, keys: readonly string[]): void {
    this.sql
      .get(`INSERT INTO stories (id, record, last_seen) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET record = excluded.record, last_seen = excluded.last_seen`)
      .run(story.id, JSON.stringify(story), story.lastSeen);
    const unique = [...new Set(keys)];
    replacePostings(this.sql, STORY_POSTINGS, story.id, [story.lastSeen ?? NO_DAY], unique.filter((k) => !k.startsWith(MEMBER_PREFIX)));
    this.members.put(story.id, unique.filter((k) => k.startsWith(MEMBER_PREFIX)));
  }

  remove(id: string): void {
    this.sql.get('DELETE FROM story_postings WHERE story_id = ?').run(id);
    this.members.remove(id);
    this.sql.get('DELETE FROM stories WHERE id = ?').run(id);
  }

  get(id: string): StoryRecord | null {
    const row = this.sql.get('SELECT record FROM stories WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? this.parsed.parse(id, row.record) : null;
  }
}
