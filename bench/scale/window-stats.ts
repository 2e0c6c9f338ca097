/** Median and 95th percentile (nearest rank) of a window of timings, in milliseconds. */
export interface WindowStats {
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly meanMs: number;
}

export function windowStats(values: readonly number[]): WindowStats {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const mean = sorted.length === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return { samples: sorted.length, medianMs: round(rank(0.5)), p95Ms: round(rank(0.95)), meanMs: round(mean) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
