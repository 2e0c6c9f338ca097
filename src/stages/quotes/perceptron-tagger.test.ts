import { describe, expect, it } from 'vitest';
import { featureHash, labelFeatureHashes, namedFeatures } from './feature-hash.js';
import { fnv1a32 } from '../../core/hash.js';
import { namedModel, tagSequence, viterbiSequence } from './perceptron-tagger.js';

// A hand-set model: "said" opens a cue, and a word after a cue's B continues it only if it is "in".
const model = namedModel(['O', 'B', 'I'], new Map([
  ['w=said', [0, 5, 0]],
  ['b', [1, 0, 0]],
  ['t=B|w=in', [0, 0, 3]],
]));
const tokens = (words: readonly string[]) => words.map((w) => namedFeatures(w.toLowerCase(), [`w=${w.toLowerCase()}`, 'b']));

describe('tagSequence', () => {
  it('labels greedily, reading the label just assigned', () => {
    expect(tagSequence(model, tokens(['Ana', 'said', 'in', 'May']))).toEqual(['O', 'B', 'I', 'O']);
  });

  it('breaks ties towards the first label', () => {
    expect(tagSequence(namedModel(['O', 'B'], new Map()), tokens(['x']))).toEqual(['O']);
  });
});

describe('viterbiSequence', () => {
  it('agrees with the greedy search where every step is clear', () => {
    const words = tokens(['Ana', 'said', 'in', 'May']);
    expect(viterbiSequence(model, words)).toEqual(tagSequence(model, words));
  });

  it('gives up a locally best label for a better sequence', () => {
    // "x" alone prefers B slightly, but only an O before "y" earns y's large O score.
    const tricky = namedModel(['O', 'B', 'I'], new Map([
      ['w=x', [0, 1, 0]],
      ['t=O|w=y', [10, 0, 0]],
      ['t=B|w=y', [0, 0, 2]],
    ]));
    const words = tokens(['x', 'y']);
    expect(tagSequence(tricky, words)).toEqual(['B', 'I']);
    expect(viterbiSequence(tricky, words)).toEqual(['O', 'O']);
  });

  it('reads an empty sequence', () => {
    expect(viterbiSequence(model, [])).toEqual([]);
  });
});

describe('feature hashes', () => {
  it('equal the hash of the written-out feature name', () => {
    expect(featureHash('p1w', 'mayor', 'said')).toBe(fnv1a32('p1w=mayor|said'));
    expect(featureHash('w', 'said')).toBe(fnv1a32('w=said'));
    expect(labelFeatureHashes('in', 'B')).toEqual([fnv1a32('t=B'), fnv1a32('t=B|w=in')]);
  });
});
