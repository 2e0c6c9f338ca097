import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyIndexContract } from '../../stages/dedupe/copy-index-contract.js';
import type { CopyCandidate } from '../../stages/dedupe/index.js';
import { lshBands } from '../../stages/fingerprint/index.js';
import { openDatabase } from './open-database.js';
import { SqliteCopyIndex } from './sqlite-copy-index.js';
import { SqliteStore } from './sqlite-store.js';
import { copyTestAnalysis } from '../copy-test-records.js';

const fingerprint = (n: number, exactHash = `x${n}`): CopyCandidate['fingerprint'] => ({ minhash: [n], simhash: '0000000000000000', terms: [], exactHash });

describe('SqliteCopyIndex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-copy-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const openStore = async (name: string): Promise<SqliteStore> => {
    const store = new SqliteStore(join(dir, name));
    await store.putSource({ hash: 'h_source', bytes: new Uint8Array([1]) }, 'source.txt');
    return store;
  };

  it('returns every candidate when remembering new ones makes room by dropping held ones', async () => {
    const store = await openStore('evict.db');
    for (let i = 0; i < 5; i++) {
      await store.saveArticle(copyTestAnalysis(`a_${i}`, fingerprint(i, 'same')), 'run_test');
      await store.indexCopyBands(`a_${i}`, ['b:shared', `b:${i}`]);
    }
    await store.close();
    const db = openDatabase(join(dir, 'evict.db'));
    const small = new SqliteCopyIndex(db, { held: 2 });
    const ids = (found: CopyCandidate[]): string[] => found.map((c) => c.articleId);
    // a_0 shares two bands; ties rank by id.
    expect(ids(small.byBands(['b:shared', 'b:0'], 10))).toEqual(['a_0', 'a_1', 'a_2', 'a_3', 'a_4']);
    expect(ids(small.byBands(['b:shared', 'b:3'], 10))).toEqual(['a_3', 'a_0', 'a_1', 'a_2', 'a_4']);
    expect(ids(small.byExactHash('same'))).toEqual(['a_0', 'a_1', 'a_2', 'a_3', 'a_4']);
    expect(small.byBands(['b:shared'], 10)).toEqual(new SqliteCopyIndex(db).byBands(['b:shared'], 10));
    db.close();
  });

  it('reads an article saved again afresh', async () => {
    const store = await openStore('resave.db');
    await store.saveArticle(copyTestAnalysis('a_1', fingerprint(1)), 'run_test');
    await store.indexCopyBands('a_1', ['b:1']);
    expect(store.copyIndex().byBands(['b:1'], 10)[0]?.fingerprint.minhash).toEqual([1]);
    await store.saveArticle(copyTestAnalysis('a_1', fingerprint(2)), 'run_test');
    expect(store.copyIndex().byBands(['b:1'], 10)[0]?.fingerprint.minhash).toEqual([2]);
    await store.close();
  });

  copyIndexContract('sqlite', () => {
    const store = new SqliteStore(':memory:');
    void store.putSource({ hash: 'h_source', bytes: new Uint8Array([1]) }, 'source.txt');
    const put = (candidate: CopyCandidate): void => {
      void store.saveArticle(copyTestAnalysis(candidate.articleId, candidate.fingerprint), 'run_test');
      void store.indexCopyBands(candidate.articleId, lshBands(candidate.fingerprint.minhash));
    };
    return { index: store.copyIndex(), put };
  });
});
