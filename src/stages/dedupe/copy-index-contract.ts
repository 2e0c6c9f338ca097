import { describe, expect, it } from 'vitest';
import { lshBands } from '../fingerprint/index.js';
import type { CopyCandidate, CopyIndex } from './copy-types.js';

/**
 * The behaviour every `CopyIndex` must have; run against each implementation. `put` is how
 * the implementation under test learns a candidate (the interface itself is read-only).
 */
export function copyIndexContract(name: string, make: () => { index: CopyIndex; put(candidate: CopyCandidate): void }): void {
  const signature = (offset: number) => Array.from({ length: 128 }, (_, i) => (i < 64 ? i : i + offset));
  const candidate = (articleId: string, exactHash: string, offset: number): CopyCandidate => ({
    articleId, outlet: 'x', published: '2024-03-05', title: articleId, textLength: 100,
    fingerprint: { minhash: signature(offset), simhash: '0000000000000000', terms: [], exactHash },
  });

  describe(`CopyIndex contract: ${name}`, () => {
    it('finds articles by exact hash', () => {
      const { index, put } = make();
      put(candidate('a_1', 'h1', 0));
      put(candidate('a_2', 'h2', 1000));
      expect(index.byExactHash('h1').map((c) => c.articleId)).toEqual(['a_1']);
      expect(index.byExactHash('h3')).toEqual([]);
    });

    it('finds articles sharing LSH bands, those sharing most first, with their fingerprints', () => {
      const { index, put } = make();
      const full = candidate('a_full', 'h1', 0);
      put(full);
      put(candidate('a_half', 'h2', 1000));
      const found = index.byBands(lshBands(full.fingerprint.minhash), 10);
      expect(found.map((c) => c.articleId)).toEqual(['a_full', 'a_half']);
      expect(found[0]?.fingerprint.minhash).toEqual(full.fingerprint.minhash);
      expect(index.byBands(lshBands(full.fingerprint.minhash), 1)).toHaveLength(1);
    });
  });
}
