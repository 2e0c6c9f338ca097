import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { connectPostgres, redact } from './pg-connection.js';
import { TEST_POSTGRES_URL } from './test-database.js';

describe('connectPostgres', () => {
  it('never prints a password in messages', () => {
    expect(redact('postgresql://ada:s3cret@db.example/news')).toBe('postgresql://ada:***@db.example/news');
  });

  // Regression: libpq's binding frees a finished client's socket watcher with the object;
  // collected before libuv closed it, the process aborted (uv__finish_close assertion).
  it.skipIf(!TEST_POSTGRES_URL)('survives many connections closed and collected at once', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    for (let i = 0; i < 100; i++) {
      const pg = connectPostgres(TEST_POSTGRES_URL);
      expect(pg.query<{ x: number }>('SELECT $1::int AS x', [i])[0]?.x).toBe(i);
      pg.close();
      gc();
      if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  });
});
