import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text. Preparing costs more than running a small indexed
 * statement, and the corpus step runs dozens per article; statements are prepared once.
 * Callers keep their SQL text fixed (list parameters go through `json_each`), so the cache
 * holds a bounded number of statements.
 */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
