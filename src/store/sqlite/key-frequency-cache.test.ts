import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';

// The key counts are cached in memory (write-through); these tests pin that a read always
// equals what the table holds, whatever happened since the counts were cached.
describe('cached key frequencies', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-freq-'));
    store = new SqliteStore(join(dir, 'db.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows the articles counted after the first read', async () => {
    const index = store.eventIndex();
    expect(index.frequencies(['t:port'])).toEqual({ total: 0, counts: { 't:port': 0 } });
    index.countArticle(['t:port', 'e:halvik']);
    index.countArticle(['t:port']);
    expect(index.frequencies(['t:port', 'e:halvik'])).toEqual({ total: 2, counts: { 't:port': 2, 'e:halvik': 1 } });
  });

  it('forgets counts a rolled-back article added', async () => {
    const index = store.eventIndex();
    index.countArticle(['t:port']);
    expect(index.frequencies(['t:port']).counts['t:port']).toBe(1);
    await expect(store.transaction(async () => {
      index.countArticle(['t:port']);
      expect(index.frequencies(['t:port']).counts['t:port']).toBe(2);
      throw new Error('article failed');
    })).rejects.toThrow('article failed');
    expect(index.frequencies(['t:port'])).toEqual({ total: 1, counts: { 't:port': 1 } });
  });

  it('sees what another connection committed', async () => {
    const index = store.eventIndex();
    index.countArticle(['t:port']);
    expect(index.frequencies(['t:port']).counts['t:port']).toBe(1);
    const other = new SqliteStore(join(dir, 'db.sqlite'));
    other.eventIndex().countArticle(['t:port']);
    await other.close();
    expect(index.frequencies(['t:port'])).toEqual({ total: 2, counts: { 't:port': 2 } });
  });
});
