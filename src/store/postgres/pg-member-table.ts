import type { PgConnection } from './pg-connection.js';

/**
 * Keys naming one member of a record (`a:<article>` of an event, `ev:<event>` of a story),
 * one owner per key: the PostgreSQL twin of SQLite's `MemberTable`, with the same writes so
 * both stores hold the same rows. A member list only grows by appending, so when the stored
 * list is a prefix of the new one only the tail is written; anything else rewrites the
 * owner's members. Lookups happen inside the indexes' candidate queries.
 */
export class PgMemberTable {
  /** `table` has columns (member_key PRIMARY KEY, owner_id, position, written: the write order) and an index on (owner_id, position). */
  constructor(private readonly pg: PgConnection, private readonly table: 'event_members' | 'story_members') {}

  put(ownerId: string, members: readonly string[]): void {
    // The count and the key at the last position, in one round trip; should a position
    // repeat (an owner that lost a key to another), the oldest row answers, as in SQLite.
    const row = this.pg.query<{ n: number; last: string | null }>(
      `SELECT s.n, (SELECT m.member_key FROM ${this.table} m WHERE m.owner_id = $1 AND m.position = s.n - 1 ORDER BY m.written LIMIT 1) AS last
       FROM (SELECT COUNT(*)::int AS n FROM ${this.table} WHERE owner_id = $1) s`,
      [ownerId],
    )[0];
    const stored = row?.n ?? 0;
    const isPrefix = stored <= members.length && (stored === 0 || row?.last === members[stored - 1]);
    if (!isPrefix) this.remove(ownerId);
    const from = isPrefix ? stored : 0;
    if (from >= members.length) return;
    // A key another owner holds moves to this one as the newest row, as SQLite's INSERT OR
    // REPLACE moves it (the replaced row gets a new rowid).
    this.pg.query(
      `INSERT INTO ${this.table} (member_key, owner_id, position)
       SELECT m.key, $1::text, $2::int + m.ord::int - 1 FROM json_array_elements_text($3::json) WITH ORDINALITY AS m(key, ord)
       ON CONFLICT (member_key) DO UPDATE SET owner_id = excluded.owner_id, position = excluded.position, written = excluded.written`,
      [ownerId, from, JSON.stringify(members.slice(from))],
    );
  }

  remove(ownerId: string): void {
    this.pg.query(`DELETE FROM ${this.table} WHERE owner_id = $1`, [ownerId]);
  }
}
