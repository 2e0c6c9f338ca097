import type Database from 'better-sqlite3';
import { StatementCache } from './statement-cache.js';

/**
 * Keys naming one member of a record (`a:<article>` of an event, `ev:<event>` of a story):
 * exact lookups, one owner per key. A record's member list only grows by appending, so when
 * the stored list is a prefix of the new one only the tail is written; anything else
 * rewrites the owner's members. Rewriting every member on every update made an event or
 * story cost more with each article it gained (bench/scale.mts).
 */
export class MemberTable {
  private readonly sql: StatementCache;

  /** `table` has columns (member_key PRIMARY KEY, owner_id, position) and an index on (owner_id, position). */
  constructor(db: Database.Database, private readonly table: 'event_members' | 'story_members') {
    this.sql = new StatementCache(db);
  }

  ownerOf(key: string): string | null {
    const row = this.sql.get(`SELECT owner_id FROM ${this.table} WHERE member_key = ?`).get(key) as { owner_id: string } | undefined;
    return row?.owner_id ?? null;
  }

  put(ownerId: string, members: readonly string[]): void {
    const stored = (this.sql.get(`SELECT COUNT(*) AS n FROM ${this.table} WHERE owner_id = ?`).get(ownerId) as { n: number }).n;
    const last = stored > 0 ? (this.sql.get(`SELECT member_key FROM ${this.table} WHERE owner_id = ? AND position = ?`).get(ownerId, stored - 1) as { member_key: string } | undefined) : undefined;
    const isPrefix = stored <= members.length && (stored === 0 || last?.member_key === members[stored - 1]);
    if (!isPrefix) this.remove(ownerId);
    const insert = this.sql.get(`INSERT OR REPLACE INTO ${this.table} (member_key, owner_id, position) VALUES (?, ?, ?)`);
    for (let position = isPrefix ? stored : 0; position < members.length; position++) insert.run(members[position], ownerId, position);
  }

  remove(ownerId: string): void {
    this.sql.get(`DELETE FROM ${this.table} WHERE owner_id = ?`).run(ownerId);
  }
}
