import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { runTlsEval } from './index.js';

describe.skipIf(!hasCorpus('timelines/t17'))('quality gate: Timeline17 dev topics (news-tls protocol)', () => {
  it('stays at or above its floors', () => {
    const report = runTlsEval({ corpus: corpus('timelines/t17'), rouge: corpus('metrics/rouge155') });
    expect(report.timelines).toBe(11);
    // Measured AR1-F 0.1432, AR2-F 0.0406, date F1 0.6650 (`storyline eval tls`); floors sit just
    // below, AR2 at issue 4's target.
    expect(report.overall.ar1.fScore).toBeGreaterThanOrEqual(0.14);
    expect(report.overall.ar2.fScore).toBeGreaterThanOrEqual(0.04);
    expect(report.overall.date.fScore).toBeGreaterThanOrEqual(0.65);
  });
});
