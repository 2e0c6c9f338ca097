import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPassagesEval } from './run-passages-eval.js';

const CORPUS = process.env['STORYLINE_CORPORA'] ?? join(process.cwd(), '..', 'shared', 'corpora');
const present = existsSync(join(CORPUS, 'summaries', 'multinews-val.jsonl'));

describe.skipIf(!present)('runPassagesEval on synthetic Multi-News round-ups', () => {
  it('puts round-up items in their own events far more often than whole articles do, without hurting whole documents', () => {
    const result = runPassagesEval({ corpus: CORPUS, modes: ['off', 'lead'] });
    const [off, lead] = result.modes;
    expect(result.items).toBeGreaterThan(90);
    // Floors pinned below the measured figures (BENCHMARKS.md: item recall 0.667 vs 0.305 whole,
    // link precision 0.831, whole-document BCubed 0.8302 vs 0.8270); raise them, never lower them silently.
    expect(lead!.itemRecall).toBeGreaterThan(0.62);
    expect(off!.itemRecall).toBeLessThan(0.4);
    expect(lead!.linkPrecision).toBeGreaterThan(0.8);
    expect(lead!.boundaryPrecision).toBeGreaterThan(0.8);
    expect(lead!.documentsBCubed.f1).toBeGreaterThanOrEqual(off!.documentsBCubed.f1 - 0.002);
  }, 300_000);
});
