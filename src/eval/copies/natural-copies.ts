import { normaliseWords, shingles } from '../../stages/fingerprint/index.js';

/**
 * Share of the shorter text's 5-shingles an earlier text already holds, at or above which
 * two source documents count as copies of each other that nobody labelled (a wire story
 * run twice, an outlet's update of its own story). 0.3 matches the dedupe stage's own
 * weakest copy relation (`updated`, Jaccard 0.3): below it two texts are distinct reports.
 */
export const NATURAL_COPY_CONTAINMENT = 0.3;

/**
 * Indexes of the documents to keep: each document, in order, is dropped when it overlaps an
 * already-kept one by `NATURAL_COPY_CONTAINMENT` of exact (not estimated) shingles. The gold
 * of the benchmark then holds only the copies it made itself.
 */
export function withoutNaturalCopies(texts: readonly string[]): number[] {
  const holders = new Map<string, number[]>();
  const sizes: number[] = [];
  const kept: number[] = [];
  texts.forEach((text, index) => {
    const own = [...new Set(shingles(normaliseWords(text)))];
    sizes[index] = own.length;
    const shared = new Map<number, number>();
    for (const shingle of own) for (const other of holders.get(shingle) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    const copies = [...shared].some(([other, n]) => n / Math.max(1, Math.min(own.length, sizes[other] ?? 0)) >= NATURAL_COPY_CONTAINMENT);
    if (copies || own.length === 0) return;
    kept.push(index);
    for (const shingle of own) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  return kept;
}
