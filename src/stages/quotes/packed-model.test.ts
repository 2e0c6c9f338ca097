import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../core/hash.js';
import { namedFeatures } from './feature-hash.js';
import { packTaggerModel, unpackTaggerGroup, unpackTaggerModel } from './packed-model.js';
import { hashedModel, tagSequence, viterbiSequence, viterbiSequences } from './perceptron-tagger.js';

const named: [string, number[]][] = [['w=said', [0, 5, 0]], ['b', [1, 0, 0]], ['t=B|w=in', [0, 0, 3]], ['w=told', [-2, 7, -40000]]];
const weights = new Map(named.map(([name, values]) => [fnv1a32(name), values]));

describe('packed tagger models', () => {
  it('keep every weight (clamped to 16 bits) and the labels', () => {
    const packed = unpackTaggerModel(packTaggerModel(['O', 'B', 'I'], weights));
    const weightsOf = (feature: string): number[] => {
      const scores = new Float64Array(3);
      packed.addWeights(fnv1a32(feature), scores);
      return Array.from(scores);
    };
    expect(packed.labels).toEqual(['O', 'B', 'I']);
    expect(packed.size).toBe(4);
    expect(weightsOf('t=B|w=in')).toEqual([0, 0, 3]);
    expect(weightsOf('w=told')).toEqual([-2, 7, -32768]);
    expect(weightsOf('w=unknown')).toEqual([0, 0, 0]);
  });

  it('tag exactly as the model they were packed from', () => {
    const tokens = ['ana', 'said', 'in', 'may', 'and', 'told', 'us'].map((w) => namedFeatures(w, [`w=${w}`, 'b']));
    const original = hashedModel(['O', 'B', 'I'], weights);
    expect(tagSequence(unpackTaggerModel(packTaggerModel(['O', 'B', 'I'], weights)), tokens)).toEqual(tagSequence(original, tokens));
  });

  it('in a group, tag exactly as each model alone', () => {
    // Two models over overlapping features with seeded pseudo-random weights, and label-pair
    // features for every label, so the lattices really differ between the models.
    const words = ['ana', 'said', 'in', 'may', 'and', 'told', 'us', 'that', 'the', 'port'];
    let state = 3;
    const next = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 2001) - 1000;
    const modelOf = (names: readonly string[]) => new Map(names.map((name) => [fnv1a32(name), [next(), next(), next()]]));
    const pairs = ['^', 'O', 'B', 'I'].flatMap((label) => [`t=${label}`, ...words.map((w) => `t=${label}|w=${w}`)]);
    const first = packTaggerModel(['O', 'B', 'I'], modelOf([...words.map((w) => `w=${w}`), 'b', ...pairs]));
    const second = packTaggerModel(['O', 'B', 'I'], modelOf([...words.slice(3).map((w) => `w=${w}`), ...pairs.slice(5)]));
    const tokens = [...words, ...words.slice(2, 7)].map((w) => namedFeatures(w, [`w=${w}`, 'b']));
    const [a, b] = viterbiSequences(unpackTaggerGroup([first, second]), tokens);
    expect(a).toEqual(viterbiSequence(unpackTaggerModel(first), tokens));
    expect(b).toEqual(viterbiSequence(unpackTaggerModel(second), tokens));
    expect(a).not.toEqual(b);
  });

  it('read an empty model', () => {
    expect(unpackTaggerModel('O B I').size).toBe(0);
  });
});
