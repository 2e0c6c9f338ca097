import type Database from 'better-sqlite3';
import type { EventIndex, EventRecord } from '../../stages/events/index.js';

type KeyFrequencies = ReturnType<EventIndex['frequencies']>;
import { placeholders } from './rows.js';
import { KeyFrequencyTable } from './key-frequency-table.js';

/**
 * The events stage's index over SQLite: candidates come from `event_keys` (entity keys,
 * salient terms, member articles) within a publication window, ranked by shared keys —
 * an index lookup, never a scan of the events.
 */
export class SqliteEventIndex implements EventIndex {
  private readonly frequencyTable: KeyFrequencyTable;

  constructor(private readonly db: Database.Database) {
    this.frequencyTable = new KeyFrequencyTable(db, 'events');
  }

  candidates(keys: readonly string[], window: { from: string; to: string } | null, limit: number): EventRecord[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    // Undated events always pass; dated ones must overlap the window.
    const inWindow = window ? 'AND (e.first_seen IS NULL OR (e.first_seen <= ? AND e.last_seen >= ?))' : '';
    const rows = this.db
      .prepare(`SELECT e.record FROM (SELECT event_id, COUNT(*) AS hits FROM event_keys WHERE key IN (${placeholders(unique.length)})
                GROUP BY event_id) k JOIN events e ON e.id = k.event_id WHERE 1 = 1 ${inWindow}
                ORDER BY k.hits DESC, e.id LIMIT ?`)
      .all(...unique, ...(window ? [window.to, window.from] : []), limit) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as EventRecord);
  }

  put(event: EventRecord, keys: readonly string[]): void {
    this.db
      .prepare(`INSERT INTO events (id, record, date, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET record = excluded.record, date = excluded.date,
                first_seen = excluded.first_seen, last_seen = excluded.last_seen`)
      .run(event.id, JSON.stringify(event), event.date, event.firstSeen, event.lastSeen);
    this.db.prepare('DELETE FROM event_keys WHERE event_id = ?').run(event.id);
    const insert = this.db.prepare('INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)');
    for (const key of new Set(keys)) insert.run(key, event.id);
  }

  get(id: string): EventRecord | null {
    const row = this.db.prepare('SELECT record FROM events WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as EventRecord) : null;
  }

  countArticle(keys: readonly string[]): void {
    this.frequencyTable.count(keys);
  }

  frequencies(keys: readonly string[]): KeyFrequencies {
    return this.frequencyTable.frequencies(keys);
  }
}
