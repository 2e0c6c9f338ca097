import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import { pgPlaceholders, type PgConnection } from './pg-connection.js';
import { PgKeyFrequencies } from './pg-key-frequencies.js';

/** The events stage's index over PostgreSQL, the same queries as `SqliteEventIndex`. */
export class PgEventIndex implements EventIndex {
  private readonly frequencyTable: PgKeyFrequencies;

  constructor(private readonly pg: PgConnection) {
    this.frequencyTable = new PgKeyFrequencies(pg, 'events');
  }

  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const n = unique.length;
    // Undated events always pass; dated ones must overlap the window.
    const inWindow = window ? `AND (e.first_seen IS NULL OR (e.first_seen <= $${n + 1} AND e.last_seen >= $${n + 2}))` : '';
    const rows = this.pg.query<{ record: string }>(
      `SELECT e.record FROM (SELECT event_id, COUNT(*) AS hits FROM event_keys WHERE key IN (${pgPlaceholders(n)}) GROUP BY event_id) k
       JOIN events e ON e.id = k.event_id WHERE TRUE ${inWindow} ORDER BY k.hits DESC, e.id COLLATE "C" LIMIT $${window ? n + 3 : n + 1}`,
      [...unique, ...(window ? [window.to, window.from] : []), limit],
    );
    return rows.map((r) => JSON.parse(r.record) as EventRecord);
  }

  put(event: EventRecord, keys: readonly string[]): void {
    this.pg.query(
      `INSERT INTO events (id, record, date, first_seen, last_seen) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET record = excluded.record, date = excluded.date, first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
      [event.id, JSON.stringify(event), event.date, event.firstSeen, event.lastSeen],
    );
    this.pg.query('DELETE FROM event_keys WHERE event_id = $1', [event.id]);
    const unique = [...new Set(keys)];
    if (unique.length > 0) {
      this.pg.query(`INSERT INTO event_keys (key, event_id) VALUES ${unique.map((_, i) => `($${i + 2}, $1)`).join(', ')} ON CONFLICT DO NOTHING`, [event.id, ...unique]);
    }
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
