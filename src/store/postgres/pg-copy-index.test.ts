import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/seeded-random.js';
import { copyIndexContract } from '../../stages/dedupe/copy-index-contract.js';
import type { CopyCandidate } from '../../stages/dedupe/index.js';
import { lshBands } from '../../stages/fingerprint/index.js';
import { POSTINGS_PER_KEY } from '../sqlite/posting-limits.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import type { Store } from '../store.js';
import { PostgresStore } from './postgres-store.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './test-database.js';
import { copyTestAnalysis } from '../copy-test-records.js';

/** Saves the article and indexes its bands; both stores answer synchronously underneath. */
async function saveWithBands(store: Store, id: string, fingerprint: CopyCandidate['fingerprint'], bands: readonly string[]): Promise<void> {
  await store.saveArticle(copyTestAnalysis(id, fingerprint), 'run_test');
  await store.indexCopyBands(id, bands);
}

describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL copy index', () => {
  const cleanups: (() => void)[] = [];
  const openPg = async (): Promise<PostgresStore> => {
    const { url, drop } = freshTestSchema();
    const store = new PostgresStore(url);
    cleanups.push(() => void store.close(), drop);
    await store.putSource({ hash: 'h_source', bytes: new Uint8Array([1]) }, 'source.txt');
    return store;
  };
  afterAll(() => {
    for (const cleanup of cleanups) cleanup();
  });

  it('reads a band\'s latest articles only, and ranks as the SQLite store does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-copies-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sqlite = new SqliteStore(join(dir, 'copies.db'));
    cleanups.push(() => void sqlite.close());
    await sqlite.putSource({ hash: 'h_source', bytes: new Uint8Array([1]) }, 'source.txt');
    const pg = await openPg();
    const random = seededRandom(5);
    // Band 'b:common' is held by every article (past the cap), the others by a few.
    const bandsOf = (): string[] => ['b:common', ...Array.from({ length: random.int(1, 4) }, () => `b:${Math.floor(random.next() ** 2 * 60)}`)];
    for (let i = 0; i < POSTINGS_PER_KEY + 60; i++) {
      const id = `a_${i % 2 === 0 ? 'Q' : 'q'}${((i * 2_654_435_761) >>> 0).toString(16)}`;
      const fingerprint = { minhash: [i], simhash: '0000000000000000', terms: [], exactHash: `x${i % 7}` };
      const bands = bandsOf();
      for (const store of [sqlite, pg]) await saveWithBands(store, id, fingerprint, bands);
    }
    const common = await pg.copyIndex().byBands(['b:common'], 1000);
    expect(common).toHaveLength(POSTINGS_PER_KEY);
    expect(common.map((c) => c.fingerprint.minhash[0])).not.toContain(0);
    for (let q = 0; q < 100; q++) {
      const bands = random.chance(0.5) ? bandsOf() : bandsOf().slice(1);
      const limit = random.pick([1, 5, 1000]);
      expect(pg.copyIndex().byBands(bands, limit), JSON.stringify({ bands, limit })).toEqual(sqlite.copyIndex().byBands(bands, limit));
    }
    expect(pg.copyIndex().byExactHash('x3')).toEqual(sqlite.copyIndex().byExactHash('x3'));
  }, 120_000);

  copyIndexContract('postgres', () => {
    const { url, drop } = freshTestSchema();
    const store = new PostgresStore(url);
    cleanups.push(() => void store.close(), drop);
    // The contract is synchronous. PostgresStore writes through libpq's synchronous API, so
    // each write has landed when its promise is created (and a failure would fail the lookups).
    void store.putSource({ hash: 'h_source', bytes: new Uint8Array([1]) }, 'source.txt');
    const put = (candidate: CopyCandidate): void => {
      void store.saveArticle(copyTestAnalysis(candidate.articleId, candidate.fingerprint), 'run_test');
      void store.indexCopyBands(candidate.articleId, lshBands(candidate.fingerprint.minhash));
    };
    return { index: store.copyIndex(), put };
  });
});
