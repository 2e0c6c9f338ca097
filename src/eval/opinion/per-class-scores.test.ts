import { describe, expect, it } from 'vitest';
import { perClassScores } from './per-class-scores.js';

describe('perClassScores', () => {
  it('computes precision, recall and F1 per class and overall accuracy', () => {
    const pairs = [['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b'], ['c', 'a']] as const;
    const { classes, accuracy } = perClassScores(pairs, ['a', 'b', 'c']);
    expect(classes['a']).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(classes['b']).toMatchObject({ precision: 2 / 3, recall: 1, support: 2 });
    expect(classes['c']).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(accuracy).toBeCloseTo(3 / 5);
  });

  it('leaves out classes that neither gold nor prediction use', () => {
    expect(Object.keys(perClassScores([['a', 'a']], ['a', 'z']).classes)).toEqual(['a']);
  });
});
