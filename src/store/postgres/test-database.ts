import { randomUUID } from 'node:crypto';
import { connectPostgres, type PgConnection } from './pg-connection.js';
import { openPostgres } from './open-postgres.js';

/**
 * The PostgreSQL server tests run against: `STORYLINE_TEST_POSTGRES` (a URL; `.ci/run`
 * starts Debian's postgresql and sets it). Tests skip when it is unset, so `npm test`
 * works on a machine without a server.
 */
export const TEST_POSTGRES_URL = process.env.STORYLINE_TEST_POSTGRES ?? '';

/**
 * A schema of its own for one test, so tests never see each other's rows: returns a URL
 * whose connections use that schema, and a function that drops it.
 */
export function freshTestSchema(): { url: string; drop: () => void } {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = connectPostgres(TEST_POSTGRES_URL);
  admin.exec(`CREATE SCHEMA ${schema}`);
  admin.close();
  // libpq reads %20 but not "+" as a space, so the parameter is encoded by hand.
  const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    drop: () => {
      const pg = connectPostgres(TEST_POSTGRES_URL);
      pg.exec('SET client_min_messages = warning');
      pg.exec(`DROP SCHEMA ${schema} CASCADE`);
      pg.close();
    },
  };
}

/**
 * Connections each on a fresh schema, for a test file: `connect()` in the tests, `dropAll()`
 * in `afterAll`.
 */
export function testSchemas(): { connect: () => PgConnection; dropAll: () => void } {
  const drops: (() => void)[] = [];
  return {
    connect: () => {
      const { url, drop } = freshTestSchema();
      drops.push(drop);
      return openPostgres(url);
    },
    dropAll: () => {
      for (const drop of drops.splice(0)) drop();
    },
  };
}
