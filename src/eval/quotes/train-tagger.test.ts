import { describe, expect, it } from 'vitest';
import { namedFeatures } from '../../stages/quotes/feature-hash.js';
import { tagSequence } from '../../stages/quotes/perceptron-tagger.js';
import { trainTagger, type TrainingSequence } from './train-tagger.js';

// Fictional sentences: the cue is "said" or "told", never the same words elsewhere.
const sentence = (words: string, cue: string): TrainingSequence => {
  const list = words.split(' ');
  return { features: list.map((w) => namedFeatures(w, [`w=${w}`, 'b'])), labels: list.map((w) => (w === cue ? 'B' : 'O')) };
};
const data = [
  sentence('Ana said the port is closed', 'said'),
  sentence('the mayor told us nothing', 'told'),
  sentence('Rui said it rained', 'said'),
  sentence('the port is open', ''),
];

describe('trainTagger', () => {
  it('learns cues from a handful of sentences', () => {
    const model = trainTagger(data, ['O', 'B', 'I'], { epochs: 5, prune: 1 });
    // A perceptron only learns from its mistakes, so words it never got wrong carry no
    // weight; the cue words and "the" did.
    const labels = tagSequence(model, 'the said the told'.split(' ').map((w) => namedFeatures(w, [`w=${w}`, 'b'])));
    expect(labels).toEqual(['O', 'B', 'O', 'B']);
  });

  it('is deterministic and drops weights under the prune level', () => {
    const a = trainTagger(data, ['O', 'B', 'I'], { epochs: 3, prune: 1 });
    const b = trainTagger(data, ['O', 'B', 'I'], { epochs: 3, prune: 1 });
    expect([...a.weights.entries()].map(([k, v]) => [k, Array.from(v)])).toEqual([...b.weights.entries()].map(([k, v]) => [k, Array.from(v)]));
    const pruned = trainTagger(data, ['O', 'B', 'I'], { epochs: 3, prune: 10001 });
    expect(pruned.weights.size).toBe(0);
  });
});
