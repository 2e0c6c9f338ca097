import type Database from 'better-sqlite3';

/**
 * Tells the store's in-process caches when what they hold may be stale: after a rollback
 * on this connection (`bump`), or after another connection committed (SQLite's
 * `data_version` changes then, and only then). A cache keeps the epoch it was filled in and
 * starts over when `current()` differs.
 */
export class StoreEpoch {
  private value = 0;
  private dataVersion: number;
  private readonly versionStatement: Database.Statement;

  constructor(db: Database.Database) {
    this.versionStatement = db.prepare('PRAGMA data_version').pluck();
    this.dataVersion = this.readDataVersion();
  }

  /** This connection undid writes a cache may already reflect. */
  bump(): void {
    this.value += 1;
  }

  current(): number {
    const version = this.readDataVersion();
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.value += 1;
    }
    return this.value;
  }

  private readDataVersion(): number {
    return this.versionStatement.get() as number;
  }
}
