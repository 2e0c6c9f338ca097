import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEventClusterEval } from './run-event-cluster-eval.js';

const CORPUS = process.env['STORYLINE_CORPORA'] ?? join(process.cwd(), '..', 'shared', 'corpora');
const present = existsSync(join(CORPUS, 'summaries', 'multinews-val.jsonl'));

describe.skipIf(!present)('runEventClusterEval on Multi-News (validation sample)', () => {
  it('clusters pooled documents back into events in batch and shuffled order', () => {
    const result = runEventClusterEval({ corpus: CORPUS });
    expect(result.documents).toBeGreaterThan(600);
    expect(result.goldClusters).toBe(250);
    // Floors pinned below the measured scores (see the report); raise them, never lower them silently.
    // Measured 0.8303 batch, 0.8355 shuffled (BENCHMARKS.md). The batch floor was lowered from
    // 0.83 to 0.825 on purpose when round-ups began to be placed by one of their passages
    // (0.8319 -> 0.8303: the eval now does what the product does), to leave the same margin.
    expect(result.batch.f1).toBeGreaterThan(0.825);
    expect(result.shuffled.f1).toBeGreaterThan(0.83);
  });
});
