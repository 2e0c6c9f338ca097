import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { formatNerReport, runNerEval } from './index.js';

describe.skipIf(!hasCorpus('entities/conll2003'))('quality gate: CoNLL-2003 eng.testa', () => {
  it('stays at or above its floor', async () => {
    const report = await runNerEval({ corpus: corpus('entities/conll2003') });
    expect(report.documents).toBe(216);
    expect(report.overall.gold).toBe(5942);
    // Measured 0.7177 (BENCHMARKS.md; rules and lists only); the floor sits just below.
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.71);
    expect(formatNerReport(report)).toMatch(/^overall\s+0\.\d{4}/m);
  });
});
