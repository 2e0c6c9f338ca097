/** One training example: binary features and whether the target class holds. */
export interface BinaryExample {
  readonly features: readonly string[];
  readonly positive: boolean;
}

/**
 * A binary averaged perceptron (Collins 2002): weights move on every mistake and the
 * model returned is the average over all steps, which keeps a few noisy examples from
 * swinging it. Examples are visited in a fixed order rotated by the epoch, so training is
 * deterministic. `initial` weights (hand-set priors) give cues too rare in the examples to
 * be corrected a sensible weight instead of none. Weights are rounded to `decimals` to ship small.
 */
export function trainAveragedPerceptron(
  examples: readonly BinaryExample[],
  options: { epochs: number; decimals?: number; initial?: Readonly<Record<string, number>> },
): Record<string, number> {
  const weights = new Map<string, number>(Object.entries(options.initial ?? {}));
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  let step = 0;
  const touch = (f: string): void => {
    totals.set(f, (totals.get(f) ?? 0) + (step - (stamps.get(f) ?? 0)) * (weights.get(f) ?? 0));
    stamps.set(f, step);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = 0; k < examples.length; k++) {
      const example = examples[(k * 7919 + epoch * 104729) % examples.length];
      if (example === undefined) continue;
      step++;
      const score = example.features.reduce((s, f) => s + (weights.get(f) ?? 0), 0);
      if (score > 0 === example.positive) continue;
      const delta = example.positive ? 1 : -1;
      for (const f of example.features) {
        touch(f);
        weights.set(f, (weights.get(f) ?? 0) + delta);
      }
    }
  }
  const scale = 10 ** (options.decimals ?? 2);
  const out: Record<string, number> = {};
  for (const f of [...weights.keys()].sort()) {
    touch(f);
    const average = Math.round(((totals.get(f) ?? 0) / Math.max(1, step)) * scale) / scale;
    if (average !== 0) out[f] = average;
  }
  return out;
}
