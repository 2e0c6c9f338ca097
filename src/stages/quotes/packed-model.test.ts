import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../core/hash.js';
import { namedFeatures } from './feature-hash.js';
import { packTaggerModel, unpackTaggerModel } from './packed-model.js';
import { hashedModel, tagSequence } from './perceptron-tagger.js';

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

  it('read an empty model', () => {
    expect(unpackTaggerModel('O B I').size).toBe(0);
  });
});
