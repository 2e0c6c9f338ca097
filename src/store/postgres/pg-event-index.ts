import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import { NO_DAY, POSTINGS_PER_KEY } from '../sqlite/posting-limits.js';
import type { PgConnection } from './pg-connection.js';
import { PgKeyFrequencies, type WriteLockEpoch } from './pg-key-frequencies.js';
import { PgMemberTable } from './pg-member-table.js';
import { RANK_HITS, rankedRecords } from './rank-hits-sql.js';

/** Keys naming one member article: exact lookups, kept in `event_members`. */
const MEMBER_PREFIX = 'a:';

/** The query's keys ($1, a JSON array), once each, split by kind. */
const KEYS = `k AS (SELECT DISTINCT value AS key, starts_with(value, '${MEMBER_PREFIX}') AS member FROM json_array_elements_text($1::json))`;

/** Each content key's `POSTINGS_PER_KEY` ($2) most recent events, and each member key's owner. */
const HITS_ANY_TIME = `hits AS (
  SELECT p.id FROM k CROSS JOIN LATERAL event_postings_recent(k.key, $2) p WHERE NOT k.member
  UNION ALL
  SELECT m.owner_id FROM k JOIN event_members m ON m.member_key = k.key WHERE k.member)`;

/**
 * Within the window [$4, $5], as SQLite reads it: a key's most recent events seen since the
 * window opens, capped, and only then those first seen after it closes dropped (so they
 * still take places under the cap); the undated events of the key ($6), capped apart;
 * member keys' owners when undated or overlapping the window.
 */
const HITS_IN_WINDOW = `hits AS (
  SELECT p.id FROM k CROSS JOIN LATERAL event_postings_since(k.key, $4, $2) p WHERE NOT k.member AND p.first_seen <= $5::text COLLATE "C"
  UNION ALL
  SELECT u.id FROM k CROSS JOIN LATERAL event_postings_on(k.key, $6, $2) u WHERE NOT k.member
  UNION ALL
  SELECT m.owner_id FROM k JOIN event_members m ON m.member_key = k.key JOIN events e ON e.id = m.owner_id
  WHERE k.member AND (e.first_seen IS NULL OR (e.first_seen <= $5::text AND COALESCE(e.last_seen, '') >= $4::text)))`;

const RECORDS = rankedRecords('events', 'record');

/**
 * The events stage's index over PostgreSQL: the same tables and the same answers as
 * `SqliteEventIndex` (capped postings by last day seen, member keys in `event_members`,
 * ranked by `rankByHits`' order), each lookup in one round trip.
 */
export class PgEventIndex implements EventIndex {
  private readonly frequencyTable: PgKeyFrequencies;
  private readonly members: PgMemberTable;

  /** `epoch`: the owning store's write-lock epoch (see `PgKeyFrequencies`); none caches nothing. */
  constructor(private readonly pg: PgConnection, epoch?: WriteLockEpoch) {
    this.frequencyTable = new PgKeyFrequencies(pg, 'events', epoch);
    this.members = new PgMemberTable(pg, 'event_members');
  }

  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[] {
    if (keys.length === 0 || limit <= 0) return [];
    const params: unknown[] = [JSON.stringify(keys), POSTINGS_PER_KEY, limit];
    const hits = window === null ? HITS_ANY_TIME : HITS_IN_WINDOW;
    if (window !== null) params.push(window.from, window.to, NO_DAY);
    const rows = this.pg.query<{ record: string }>(`WITH ${KEYS}, ${hits}, ${RANK_HITS} ${RECORDS}`, params);
    return rows.map((r) => JSON.parse(r.record) as EventRecord);
  }

  /**
   * Rewrites the event's postings in one statement: postings whose key and day still hold
   * are kept (an event growing within a day rewrites nothing), the rest deleted or added.
   */
  put(event: EventRecord, keys: readonly string[]): void {
    const unique = [...new Set(keys)];
    const content = unique.filter((k) => !k.startsWith(MEMBER_PREFIX));
    this.pg.query(
      `WITH saved AS (
         INSERT INTO events (id, record, date, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET record = excluded.record, date = excluded.date, first_seen = excluded.first_seen, last_seen = excluded.last_seen),
       keys AS (SELECT value AS key FROM json_array_elements_text($8::json)),
       stale AS (DELETE FROM event_postings WHERE event_id = $1 AND (last_seen <> $6::text OR key NOT IN (SELECT key FROM keys)))
       INSERT INTO event_postings (key, last_seen, first_seen, event_id) SELECT key, $6::text, $7::text, $1::text FROM keys
       ON CONFLICT (key, last_seen, event_id) DO UPDATE SET first_seen = excluded.first_seen WHERE event_postings.first_seen <> excluded.first_seen`,
      [event.id, JSON.stringify(event), event.date, event.firstSeen, event.lastSeen, event.lastSeen ?? NO_DAY, event.firstSeen ?? NO_DAY, JSON.stringify(content)],
    );
    this.members.put(event.id, unique.filter((k) => k.startsWith(MEMBER_PREFIX)));
  }

  get(id: string): EventRecord | null {
    const row = this.pg.query<{ record: string }>('SELECT record FROM events WHERE id = $1', [id])[0];
    return row ? (JSON.parse(row.record) as EventRecord) : null;
  }

  countArticle(keys: readonly string[]): void {
    this.frequencyTable.count(keys);
  }

  frequencies(keys: readonly string[]): ReturnType<EventIndex['frequencies']> {
    return this.frequencyTable.frequencies(keys);
  }
}
