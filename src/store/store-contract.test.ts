import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../core/model.js';
import { sha256 } from '../core/hash.js';
import type { Store } from './store.js';
import type { CanonicalEntity } from '../stages/entities/index.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './postgres/test-database.js';

/** Schemas to drop after each PostgreSQL test. */
const cleanups: (() => void)[] = [];

/**
 * One contract, run against every store implementation (real databases, no mocks).
 * PostgreSQL runs when `STORYLINE_TEST_POSTGRES` names a server (`.ci/run` starts one).
 */
const IMPLEMENTATIONS: { name: string; open: (dir: string) => Store }[] = [
  { name: 'sqlite', open: (dir) => new SqliteStore(join(dir, 'test.db')) },
  ...(TEST_POSTGRES_URL
    ? [{ name: 'postgres', open: () => {
      const { url, drop } = freshTestSchema();
      cleanups.push(drop);
      return new PostgresStore(url);
    } }]
    : []),
];

function analysis(id: string, text: string, published: string | null, outlet = 'The Test Herald'): ArticleAnalysis {
  return {
    article: {
      id, sourceHash: sha256(text), locator: `${id}.txt`, format: 'text', outlet, url: null, canonicalUrl: null,
      title: text.split('\n')[0] ?? '', authors: [], modified: null, language: 'en', section: null, text,
      blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
      published: published ? { value: published, precision: 'day', provenance: 'input', confidence: 1 } : null,
      extraction: { method: 'text.v1', confidence: 0.9 }, extra: {},
    },
    sentences: [{ start: 0, end: text.length, block: 0 }],
    timexes: [],
    mentions: [{ start: 0, end: 5, text: text.slice(0, 5), type: 'person', key: 'ada hale', name: 'Ada Hale' }],
    quotes: [],
    sentenceLabels: ['reporting'],
    articleType: 'news',
    fingerprint: { minhash: [1, 2, 3], simhash: '0000000000000000', terms: ['bridge'], exactHash: sha256(text) },
  };
}

for (const impl of IMPLEMENTATIONS) {
  describe(`Store contract: ${impl.name}`, () => {
    let dir: string;
    let store: Store;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'storyline-store-'));
      store = impl.open(dir);
    });
    afterEach(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      for (const drop of cleanups.splice(0)) drop();
    });

    it('stores raw bytes once under their hash', async () => {
      const bytes = new TextEncoder().encode('raw input');
      const blob = { hash: sha256(bytes), bytes };
      expect(await store.putSource(blob, 'a.txt')).toBe(true);
      expect(await store.putSource(blob, 'copy-of-a.txt')).toBe(false);
      expect(Buffer.from((await store.getSource(blob.hash)) ?? []).toString()).toBe('raw input');
    });

    /** Articles reference their stored source, as the pipeline saves them. */
    async function save(a: ArticleAnalysis, runId: string): Promise<void> {
      const bytes = new TextEncoder().encode(a.article.text);
      await store.putSource({ hash: a.article.sourceHash, bytes }, a.article.locator);
      await store.saveArticle(a, runId);
    }

    it('round-trips an analysed article and filters the list', async () => {
      const runId = await store.startRun('test', 'cfg', { extract: 'extract.v1' });
      await save(analysis('a_1', 'Ada Hale opened the harbour bridge.', '2025-03-02'), runId);
      await save(analysis('a_2', 'Ada Hale closed the harbour bridge.', '2025-04-10', 'Norland Courier'), runId);
      expect(await store.hasArticle('a_1')).toBe(true);
      expect((await store.getArticle('a_2'))?.article.outlet).toBe('Norland Courier');
      expect((await store.listArticles({ from: '2025-04-01' })).map((a) => a.id)).toEqual(['a_2']);
      expect((await store.listArticles({ to: '2025-03-02' })).map((a) => a.id)).toEqual(['a_1']);
      expect((await store.listArticles({ outlet: 'Norland Courier' })).map((a) => a.id)).toEqual(['a_2']);
      expect((await store.listArticles({ entity: 'ada hale' })).length).toBe(2);
      expect(await store.countArticles()).toBe(2);
    });

    it('writes entity changes incrementally: merged entities removed, their keys moved to the survivor', async () => {
      const runId = await store.startRun('test', 'cfg', {});
      await save(analysis('a_1', 'Ada Hale opened the harbour bridge.', '2025-03-02'), runId);
      const person = (id: string, keys: string[], mentionCount: number): CanonicalEntity => ({
        id, name: 'Ada Hale', type: 'person', keys, aliases: ['Ada Hale'], mentionCount, articleCount: mentionCount,
      });
      await store.saveEntities([person('e_ada', ['ada hale'], 1), person('e_hale', ['a hale'], 1), person('e_bo', ['bo lind'], 1)]);
      expect((await store.listArticles({ entity: 'e_ada' })).map((a) => a.id)).toEqual(['a_1']);
      await store.updateEntityRecords([person('e_hale', ['a hale', 'ada hale'], 3)], ['e_ada']);
      expect(await store.listEntities()).toEqual([person('e_bo', ['bo lind'], 1), person('e_hale', ['a hale', 'ada hale'], 3)]);
      expect((await store.listArticles({ entity: 'e_hale' })).map((a) => a.id)).toEqual(['a_1']);
      expect(await store.listArticles({ entity: 'e_ada' })).toEqual([]);
    });

    it('finds articles by full text, safely quoting user input', async () => {
      const runId = await store.startRun('test', 'cfg', {});
      await save(analysis('a_1', 'Ada Hale opened the harbour bridge.', '2025-03-02'), runId);
      const hits = await store.search('harbour OR "bridge');
      expect(hits.map((h) => h.id)).toEqual([]);
      expect((await store.search('harbour bridge')).map((h) => h.id)).toEqual(['a_1']);
      expect((await store.search('harbour bridge'))[0]?.snippet).toContain('«harbour»');
    });

    it('rolls a failed transaction back completely', async () => {
      const runId = await store.startRun('test', 'cfg', {});
      await expect(
        store.transaction(async () => {
          await save(analysis('a_1', 'Ada Hale opened the harbour bridge.', '2025-03-02'), runId);
          throw new Error('crash mid-article');
        }),
      ).rejects.toThrow(/rolled back/);
      expect(await store.hasArticle('a_1')).toBe(false);
      expect(await store.search('harbour')).toEqual([]);
    });

    it('rolls back only the inner transaction that failed, as a savepoint', async () => {
      const runId = await store.startRun('test', 'cfg', {});
      await store.transaction(async () => {
        await store.transaction(() => save(analysis('a_1', 'Ada Hale opened the harbour bridge.', '2025-03-02'), runId));
        await expect(store.transaction(async () => {
          await save(analysis('a_2', 'Ada Hale closed the harbour bridge.', '2025-03-03'), runId);
          throw new Error('crash in the second article');
        })).rejects.toThrow(/rolled back/);
      });
      expect(await store.hasArticle('a_1')).toBe(true);
      expect(await store.hasArticle('a_2')).toBe(false);
    });

    it('records failures per run', async () => {
      const runId = await store.startRun('test', 'cfg', {});
      await store.recordFailure(runId, { code: 'JSON_MALFORMED', locator: 'dump.jsonl#line=3', stage: 'ingest.jsonl', message: 'bad JSON' });
      expect(await store.listFailures(runId)).toEqual([{ runId, code: 'JSON_MALFORMED', locator: 'dump.jsonl#line=3', stage: 'ingest.jsonl', message: 'bad JSON' }]);
    });

    it('keeps state values', async () => {
      await store.setState('k', '1');
      await store.setState('k', '2');
      expect(await store.getState('k')).toBe('2');
      expect(await store.getState('missing')).toBeNull();
    });
  });
}
