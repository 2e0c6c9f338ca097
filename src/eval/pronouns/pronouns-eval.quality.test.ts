import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { runPronounsEval } from './index.js';

describe.skipIf(!hasCorpus('entities/gum'))('quality gate: pronouns on GUM news documents', () => {
  it('stays at or above its floor and beats the nearest-person baseline', async () => {
    const { news } = (await runPronounsEval({ corpus: corpus('entities/gum') })).groups;
    expect(news.documents).toBe(24);
    // Measured P 0.759, he/she F1 0.769 (baseline he/she F1 0.642); floors sit just below.
    expect(news.overall.precision).toBeGreaterThanOrEqual(0.74);
    expect(news.personal.f1).toBeGreaterThanOrEqual(0.75);
    expect(news.personal.f1).toBeGreaterThan(news.baselinePersonal.f1);
  });
});
