import type { Candidate } from '../context.js';

/**
 * Keeps one candidate per stretch of text: the longest wins ("March 5, 2024" over
 * "March 5" and "2024"); on equal length the higher confidence, then the earlier parser.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) =>
      (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start)
      || b.candidate.confidence - a.candidate.confidence
      || a.order - b.order);
  // Kept spans sorted by start; each new one is checked against its neighbours only.
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    const at = firstStartingAfter(kept, candidate.start);
    const before = kept[at - 1];
    const after = kept[at];
    if ((before && before.end > candidate.start) || (after && after.start < candidate.end)) continue;
    kept.splice(at, 0, candidate);
  }
  return kept;
}

/** Index of the first span in `sorted` that starts after `start` (binary search). */
function firstStartingAfter(sorted: readonly Candidate[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
