export interface ClassScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold items of this class. */
  readonly support: number;
}

/** Precision, recall and F1 per class from (gold, predicted) pairs, plus accuracy. */
export function perClassScores(pairs: readonly (readonly [string, string])[], classes: readonly string[]): { classes: Record<string, ClassScore>; accuracy: number } {
  const out: Record<string, ClassScore> = {};
  for (const name of classes) {
    const tp = pairs.filter(([g, p]) => g === name && p === name).length;
    const predicted = pairs.filter(([, p]) => p === name).length;
    const support = pairs.filter(([g]) => g === name).length;
    if (support === 0 && predicted === 0) continue;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    out[name] = { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support };
  }
  const correct = pairs.filter(([g, p]) => g === p).length;
  return { classes: out, accuracy: pairs.length === 0 ? 0 : correct / pairs.length };
}
