import type Database from 'better-sqlite3';
import type { EventIndex, EventRecord, KeyFrequencies } from '../../stages/events/index.js';
import { KeyFrequencyTable } from './key-frequency-table.js';
import { NO_DAY, POSTINGS_PER_KEY } from './posting-limits.js';
import { MemberTable } from './member-table.js';
import { ParsedRecordCache } from './parsed-record-cache.js';
import { replacePostings, type PostingTable } from './replace-postings.js';
import { rankByHits, recordsById } from './rank-by-hits.js';
import { StatementCache } from './statement-cache.js';
import { StoreEpoch } from './store-epoch.js';

/** Keys naming one member article: exact lookups, kept in `event_members`. */
const MEMBER_PREFIX = 'a:';
const EVENT_POSTINGS: PostingTable = { table: 'event_postings', owner: 'event_id', days: ['last_seen', 'first_seen'] };

/**
 * The events stage's index over SQLite: candidates come from `event_postings` (entity
 * keys, salient terms, member articles), each key's postings ordered by the event's last
 * day seen, so a lookup reads the events of the publication window and at most
 * `POSTINGS_PER_KEY` per key, however large the store. Member keys (`a:<article>`) live in
 * `event_members` (see `MemberTable`), so a growing event appends instead of rewriting.
 */
export class SqliteEventIndex implements EventIndex {
  private readonly frequencyTable: KeyFrequencyTable;
  private readonly sql: StatementCache;
  private readonly members: MemberTable;
  private readonly parsed = new ParsedRecordCache<EventRecord>();

  /** `epoch`: the owning store's, which it bumps on rollback (see `KeyFrequencyTable`). */
  constructor(db: Database.Database, epoch: StoreEpoch = new StoreEpoch(db)) {
    this.sql = new StatementCache(db);
    this.members = new MemberTable(db, 'event_members');
    this.frequencyTable = new KeyFrequencyTable(db, 'events', epoch);
  }

  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[] {
    const hits = new Map<string, number>();
    for (const key of new Set(keys)) {
      for (const id of this.postings(key, window)) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const ids = rankByHits(hits, limit);
    return recordsById(this.sql.get('SELECT id, record FROM events WHERE id IN (SELECT value FROM json_each(?))'), ids, this.parsed);
  }

  /** Events holding `key`, most recent first; dated ones must overlap the window, undated ones always pass. */
  private postings(key: string, window: { from: string; to: string } | null): string[] {
    if (key.startsWith(MEMBER_PREFIX)) {
      const owner = this.members.ownerOf(key);
      return owner !== null && this.overlaps(owner, window) ? [owner] : [];
    }
    if (window === null) {
      const rows = this.sql.get('SELECT event_id FROM event_postings WHERE key = ? ORDER BY last_seen DESC, event_id DESC LIMIT ?').all(key, POSTINGS_PER_KEY) as { event_id: string }[];
      return rows.map((r) => r.event_id);
    }
    const dated = this.sql
      .get('SELECT event_id, first_seen FROM event_postings WHERE key = ? AND last_seen >= ? ORDER BY last_seen DESC, event_id DESC LIMIT ?')
      .all(key, window.from, POSTINGS_PER_KEY) as { event_id: string; first_seen: string }[];
    const undated = this.sql
      .get('SELECT event_id FROM event_postings WHERE key = ? AND last_seen = ? ORDER BY event_id DESC LIMIT ?')
      .all(key, NO_DAY, POSTINGS_PER_KEY) as { event_id: string }[];
    return [...dated.filter((r) => r.first_seen <= window.to).map((r) => r.event_id), ...undated.map((r) => r.event_id)];
  }

  private overlaps(eventId: string, window: { from: string; to: string } | null): boolean {
    if (window === null) return true;
    const row = this.sql.get('SELECT first_seen, last_seen FROM events WHERE id = ?').get(eventId) as { first_seen: string | null; last_seen: string | null } | undefined;
    if (!row) return false;
    return row.first_seen === null || (row.first_seen <= window.to && (row.last_seen ?? '') >= window.from);
  }

  put(event: EventRecord, keys: readonly string[]): void {
    this.sql
      .get(`INSERT INTO events (id, record, date, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET record = excluded.record, date = excluded.date,
            first_seen = excluded.first_seen, last_seen = excluded.last_seen`)
      .run(event.id, JSON.stringify(event), event.date, event.firstSeen, event.lastSeen);
    const unique = [...new Set(keys)];
    const days = [event.lastSeen ?? NO_DAY, event.firstSeen ?? NO_DAY];
    replacePostings(this.sql, EVENT_POSTINGS, event.id, days, unique.filter((k) => !k.startsWith(MEMBER_PREFIX)));
    this.members.put(event.id, unique.filter((k) => k.startsWith(MEMBER_PREFIX)));
  }

  get(id: string): EventRecord | null {
    const row = this.sql.get('SELECT record FROM events WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? this.parsed.parse(id, row.record) : null;
  }

  countArticle(keys: readonly string[]): void {
    this.frequencyTable.count(keys);
  }

  frequencies(keys: readonly string[]): KeyFrequencies {
    return this.frequencyTable.frequencies(keys);
  }
}
