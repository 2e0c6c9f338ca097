import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { AnalysisPool } from '../../src/pipeline/analysis-pool.js';
import { DEMO_CORPUS } from '../helpers/demo-build.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';

// Analysis on worker threads is an optimisation only: the store must end up byte-identical
// to a build that analyses on the main thread.
describe('analysis on worker threads', () => {
  const work = mkdtempSync(join(tmpdir(), 'storyline-workers-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds the demo corpus exactly as the main thread does', async () => {
    const inline = await createEngine({ db: join(work, 'inline.db') });
    const pooled = await createEngine({ db: join(work, 'pooled.db') });
    try {
      const a = await inline.build([DEMO_CORPUS]);
      const b = await pooled.build([DEMO_CORPUS], { workers: 2 });
      expect([a.workers, b.workers]).toEqual([0, 2]);
      expect(b.added).toBe(a.added);
      expect(a.added).toBeGreaterThan(40);
      expect(await pooled.export()).toEqual(await inline.export());
    } finally {
      await inline.close();
      await pooled.close();
    }
  }, 120_000);

  it('builds the mini corpus on one worker and records its bad inputs', async () => {
    const corpus = writeMiniCorpus().dir;
    const engine = await createEngine({ db: join(work, 'mini.db') });
    try {
      const result = await engine.build([corpus], { workers: 1 });
      expect(result.workers).toBe(1);
      expect(result.added).toBe(6);
      expect(result.failures.map((f) => f.code).sort()).toEqual(['GZIP_CORRUPT', 'INPUT_BINARY', 'INPUT_EMPTY', 'JSON_MALFORMED']);
    } finally {
      await engine.close();
      rmSync(corpus, { recursive: true, force: true });
    }
  }, 60_000);

  it('starts workers on its own only for runs big enough to pay for them', async () => {
    const engine = await createEngine({ db: join(work, 'auto.db') });
    try {
      const result = await engine.build([DEMO_CORPUS], { workers: 'auto' });
      expect(result.documents).toBeLessThan(200);
      expect(result.workers).toBe(0);
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('rejects waiting work when the pool is gone, so the caller can analyse it itself', async () => {
    const pool = AnalysisPool.open(1);
    await pool.close();
    await expect(pool.analyse([])).rejects.toThrow(/closed/);
  });
});
