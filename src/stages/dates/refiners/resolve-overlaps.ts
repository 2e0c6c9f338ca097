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
  const kept: Candidate[] = [];
  for (const { candidate } of ranked) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
