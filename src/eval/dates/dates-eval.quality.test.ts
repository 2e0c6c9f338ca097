import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { runDatesEval } from './index.js';

describe.skipIf(!hasCorpus('dates/tempeval3'))('quality gate: TempEval-3 (TimeBank + AQUAINT)', () => {
  it('stays at or above its floors', async () => {
    const report = await runDatesEval({ corpus: corpus('dates/tempeval3') });
    expect(report.documents).toBe(256);
    expect(Object.keys(report.subcorpora).sort()).toEqual(['AQUAINT', 'TimeBank']);
    // Measured relaxed F1 0.9429, value F1 0.8178, type F1 0.9089; floors sit just below.
    expect(report.total.relaxed.f1).toBeGreaterThanOrEqual(0.94);
    expect(report.total.valueF1).toBeGreaterThanOrEqual(0.815);
    expect(report.total.typeF1).toBeGreaterThanOrEqual(0.905);
  });
});
