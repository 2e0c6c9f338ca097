import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from './postgres-store.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './test-database.js';

// Key counts are cached only while the writers' lock is held; these tests pin that a read
// always equals the table, inside and outside write transactions, after rollbacks and
// after another process's commits. Skipped without a server (`STORYLINE_TEST_POSTGRES`).
describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL key counts', () => {
  const drops: (() => void)[] = [];
  afterAll(() => drops.forEach((drop) => drop()));
  const twoStores = (): [PostgresStore, PostgresStore] => {
    const { url, drop } = freshTestSchema();
    drops.push(drop);
    return [new PostgresStore(url), new PostgresStore(url)];
  };

  it('follows the articles counted inside one write transaction', async () => {
    const [store, other] = twoStores();
    const index = store.eventIndex();
    await store.transaction(async () => {
      expect(index.frequencies(['t:port']).counts['t:port']).toBe(0);
      index.countArticle(['t:port', 'e:halvik']);
      index.countArticle(['t:port']);
      expect(index.frequencies(['t:port', 'e:halvik'])).toEqual({ total: 2, counts: { 't:port': 2, 'e:halvik': 1 } });
    });
    await Promise.all([store.close(), other.close()]);
  });

  it('forgets counts a rolled-back article added, and sees what another process committed since', async () => {
    const [store, other] = twoStores();
    const index = store.eventIndex();
    await store.transaction(async () => {
      index.countArticle(['t:port']);
      await expect(store.transaction(async () => {
        index.countArticle(['t:port']);
        expect(index.frequencies(['t:port']).counts['t:port']).toBe(2);
        throw new Error('article failed');
      })).rejects.toThrow('article failed');
      expect(index.frequencies(['t:port']).counts['t:port']).toBe(1);
    });
    await other.transaction(async () => other.eventIndex().countArticle(['t:port']));
    await store.transaction(async () => {
      expect(index.frequencies(['t:port'])).toEqual({ total: 2, counts: { 't:port': 2 } });
    });
    expect(index.frequencies(['t:port'])).toEqual({ total: 2, counts: { 't:port': 2 } });
    await Promise.all([store.close(), other.close()]);
  });
});
