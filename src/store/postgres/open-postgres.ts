import { connectPostgres, type PgConnection } from './pg-connection.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

/** Arbitrary fixed key of the advisory lock that serialises schema changes and writers. */
export const WRITER_LOCK = 7_355_871;

/** Connects and brings the schema up to date; concurrent openers wait on one lock. */
export function openPostgres(url: string): PgConnection {
  const pg = connectPostgres(url);
  pg.exec('SET client_min_messages = warning');
  pg.exec('BEGIN');
  try {
    pg.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
    pg.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const current = pg.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version')[0]?.v ?? 0;
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= current) continue;
      pg.exec(migration.sql);
      pg.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    pg.exec('COMMIT');
  } catch (error) {
    pg.exec('ROLLBACK');
    pg.close();
    throw error;
  }
  return pg;
}

/**
 * Drops Storyline's tables (for `build --fresh`), leaving anything else in the database
 * alone; the next open recreates them.
 */
export function dropStorylineTables(url: string): void {
  const pg = connectPostgres(url);
  try {
    pg.exec('SET client_min_messages = warning');
    const schema = POSTGRES_MIGRATIONS.map((m) => m.sql).join('\n');
    const tables = ['schema_version', ...[...schema.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1])];
    // Functions do not depend on the tables they read, so they are dropped by name too.
    const functions = [...schema.matchAll(/CREATE FUNCTION (\w+)/g)].map((m) => m[1]);
    pg.exec(`BEGIN; DROP TABLE IF EXISTS ${tables.join(', ')} CASCADE; DROP FUNCTION IF EXISTS ${functions.join(', ')}; DROP SEQUENCE IF EXISTS article_seq; COMMIT`);
  } finally {
    pg.close();
  }
}
