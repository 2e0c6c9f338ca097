import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { runQuotesEval } from './index.js';

// Measured with quotes.rules.v2 (`storyline eval quotes [--corpus …/train]`); floors sit
// just below. Train is where the rules were developed, dev checks they carry over.
describe.skipIf(!hasCorpus('quotes/polnear/dev'))('quality gate: PolNeAR dev', () => {
  it('stays at or above its floors', async () => {
    const report = await runQuotesEval({ corpus: corpus('quotes/polnear/dev') });
    expect(report.documents).toBe(84);
    // Measured: source overlap F1 0.7025, content overlap F1 0.7055, cue exact F1 0.6224.
    expect(report.roles.Source.overlap.f1).toBeGreaterThanOrEqual(0.7);
    expect(report.roles.Content.overlap.f1).toBeGreaterThanOrEqual(0.7);
    expect(report.roles.Cue.exact.f1).toBeGreaterThanOrEqual(0.62);
    expect(report.roles.Content.overlap.precision).toBeGreaterThanOrEqual(0.86);
  });
});

describe.skipIf(!hasCorpus('quotes/polnear/train'))('quality gate: PolNeAR train', () => {
  it('stays at or above its floors', async () => {
    const report = await runQuotesEval({ corpus: corpus('quotes/polnear/train') });
    expect(report.documents).toBe(840);
    // Measured: source overlap F1 0.6984, content overlap F1 0.6808, cue exact F1 0.6008.
    expect(report.roles.Source.overlap.f1).toBeGreaterThanOrEqual(0.69);
    expect(report.roles.Content.overlap.f1).toBeGreaterThanOrEqual(0.68);
    expect(report.roles.Cue.exact.f1).toBeGreaterThanOrEqual(0.6);
  });
});
