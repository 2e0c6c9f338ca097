import { describe, expect, it } from 'vitest';
import { namedFeatures } from '../../stages/quotes/feature-hash.js';
import { taggerTokens } from '../../stages/quotes/tagger-tokens.js';
import { jackknifeCueLabels } from './jackknife-cue-labels.js';
import type { PreparedParagraph } from './train-attribution-models.js';

// Fictional one-sentence documents; the gold cue is the named word.
const paragraph = (document: string, text: string, cue: string): PreparedParagraph => {
  const tokens = taggerTokens(text, { start: 0, end: text.length });
  const start = text.indexOf(cue);
  return {
    document,
    tokens,
    features: tokens.map((t) => namedFeatures(t.lower, [`w=${t.lower}`, 'b'])),
    gold: { Cue: [{ start, end: start + cue.length }], Source: [], Content: [] },
  };
};
const corpus = (lastCue: string): PreparedParagraph[] => [
  paragraph('a', 'Ana said the port is closed', 'said'),
  paragraph('b', 'Rui said it rained', 'said'),
  paragraph('c', 'the mayor told us nothing', 'told'),
  paragraph('d', 'Lia said the road is open', 'said'),
  paragraph('e', 'Tom whispered that Ana said no', lastCue),
];

describe('jackknifeCueLabels', () => {
  it('labels every token of every paragraph, deterministically', () => {
    const labels = jackknifeCueLabels(corpus('whispered'), { epochs: 5, prune: 1 });
    expect(labels.map((l) => l.length)).toEqual(corpus('whispered').map((p) => p.tokens.length));
    expect(jackknifeCueLabels(corpus('whispered'), { epochs: 5, prune: 1 })).toEqual(labels);
  });

  it('tags each document with a model that never saw its gold', () => {
    // Changing document e's gold changes the models of the other folds, never e's own.
    const before = jackknifeCueLabels(corpus('whispered'), { epochs: 5, prune: 1 });
    const after = jackknifeCueLabels(corpus('Tom'), { epochs: 5, prune: 1 });
    expect(after[4]).toEqual(before[4]);
    expect(after.slice(0, 4)).not.toEqual(before.slice(0, 4));
  });
});
