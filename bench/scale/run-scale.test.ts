import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourcePool } from './source-pool.js';
import { runScale } from './run-scale.js';

const cluster = (topic: string, place: string) => ({
  sentences: Array.from({ length: 16 }, (_, i) => `Councillor Aino Vesk said the ${topic} works in ${place} reached stage ${i + 1} this week, officials confirmed.`),
  names: ['Aino Vesk'],
  place,
});
const pool: SourcePool = {
  clusters: [cluster('harbour', 'Velmar'), cluster('tramway', 'Ostrel'), cluster('library', 'Carnby')],
  names: ['Ilse Marrow', 'Pavo Quint', 'Dana Olk', 'Remi Sallow'],
  places: ['Brenholt', 'Sarrow', 'Tillby'],
};

describe('runScale', () => {
  it('feeds the engine batch by batch and reports timings, memory and BCubed at each checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-scale-'));
    const seen: number[] = [];
    const checkpoints = await runScale(pool, {
      articles: 40, checkpoints: [20, 40], db: join(dir, 'scale.db'), batch: 10, window: 20, sample: 40,
      generator: { seed: 2, perDay: 15, start: '2024-05-01' }, onCheckpoint: (c) => seen.push(c.articles),
    });
    expect(seen).toEqual([20, 40]);
    const last = checkpoints[1];
    expect(last?.perArticleEndToEnd.samples).toBe(2);
    expect(last?.perArticleAssign.medianMs).toBeGreaterThan(0);
    expect(last?.peakRssMb).toBeGreaterThan(0);
    expect(last?.bcubed.items).toBe(40);
    expect(last?.bcubed.f1).toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
