import { describe, expect, it } from 'vitest';
import { cosine, weighByIdf } from '../events/index.js';
import type { Weights } from '../events/index.js';
import { cachedIdf, idfCosine, weighVector } from './idf-cosine.js';

/** A small seeded generator, so the vectors are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Sparse weights over a shared vocabulary, with integer-like keys (which objects order first). */
function vector(next: () => number, size: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < size; i++) {
    const n = Math.floor(next() * 60);
    out[n % 3 === 0 ? String(n) : `word${n}`] = Math.round(next() * 10000) / 10000;
  }
  return out;
}

const idf = (key: string): number => (Math.log(1 + 100 / (key.length + 1)) ** 0.4) * (key.startsWith('t:') ? 1 : 0.5);
const reference = (a: Weights, b: Weights): number => cosine(weighByIdf(a, 't:', idf), weighByIdf(b, 't:', idf));

describe('idfCosine', () => {
  it('equals the cosine of the IDF-weighted copies bit for bit', () => {
    const next = random(7);
    const cached = cachedIdf('t:', idf);
    for (let trial = 0; trial < 500; trial++) {
      const a = vector(next, 1 + Math.floor(next() * 30));
      const b = vector(next, Math.floor(next() * 30));
      expect(idfCosine(weighVector(a, cached), b, cached)).toBe(reference(a, b));
    }
  });

  it('is 0 without shared keys and 1 for the same vector', () => {
    const cached = cachedIdf('t:', idf);
    expect(idfCosine(weighVector({ strike: 1 }, cached), { talks: 1 }, cached)).toBe(0);
    expect(idfCosine(weighVector({ strike: 1, port: 0.5 }, cached), { strike: 1, port: 0.5 }, cached)).toBeCloseTo(1, 12);
  });

  it('asks the IDF of each key once', () => {
    const asked: string[] = [];
    const cached = cachedIdf('e:', (key) => { asked.push(key); return 2; });
    const event = weighVector({ ana: 1, port: 1 }, cached);
    idfCosine(event, { ana: 1, mayor: 1 }, cached);
    idfCosine(event, { ana: 0.5, port: 1 }, cached);
    expect(asked).toEqual(['e:ana', 'e:port', 'e:mayor']);
  });
});
