import { aggregateScores, type DocumentScore, type ExtractionScore } from './aeb-metric.js';

/** How a system's own confidence separates good extractions from bad ones. */
export interface ConfidenceSplit {
  /** The lowest-confidence tenth of the pages (rounded up), scored as a corpus. */
  readonly lowestDecile: ExtractionScore;
  /** Every other page. */
  readonly rest: ExtractionScore;
  /** Highest confidence inside the lowest decile. */
  readonly cutoff: number;
}

/**
 * Pages ordered by confidence (ties by id, so the split is deterministic), the lowest 10%
 * against the rest, each scored with the metric's own means of per-page P and R. A
 * meaningful confidence puts the bad extractions in the lowest decile.
 */
export function confidenceSplit(documents: readonly DocumentScore[], confidence: ReadonlyMap<string, number>): ConfidenceSplit {
  const ordered = [...documents].sort((a, b) => (confidence.get(a.id) ?? 0) - (confidence.get(b.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const size = Math.ceil(ordered.length / 10);
  const low = ordered.slice(0, size);
  const last = low[low.length - 1];
  return {
    lowestDecile: aggregateScores(low),
    rest: aggregateScores(ordered.slice(size)),
    cutoff: last === undefined ? 0 : confidence.get(last.id) ?? 0,
  };
}
