import { describe, expect, it } from 'vitest';
import { bcubed, ceafe, muc, scoreCoref, type Partition } from './coref-metrics.js';
import { maxWeightMatching } from './max-weight-matching.js';

/** `[['a','b'],['c']]` → a partition with one cluster per inner list. */
function partition(chains: readonly (readonly string[])[]): Partition {
  return new Map(chains.flatMap((chain, i) => chain.map((m) => [m, `c${i}`] as const)));
}

describe('maxWeightMatching', () => {
  it('finds the optimum where the greedy choice is wrong', () => {
    // Greedy takes 0.9 (row 0 → col 0) and is left with 0.1; the optimum is 0.8 + 0.7.
    const { total, columnOf } = maxWeightMatching([[0.9, 0.8], [0.7, 0.1]]);
    expect(total).toBeCloseTo(1.5, 12);
    expect(columnOf).toEqual([1, 0]);
  });

  it('handles more rows than columns', () => {
    const { total, columnOf } = maxWeightMatching([[0.2], [0.6], [0.4]]);
    expect(total).toBeCloseTo(0.6, 12);
    expect(columnOf).toEqual([-1, 0, -1]);
  });
});

// The worked example of Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted
// Mentions: A Reference Implementation", with values derived by hand below.
// Key: {a b c} {d e f g}; response: {a b} {c d} {f g h i} — e is missed, h and i are invented.
describe('Pradhan et al. 2014 worked example', () => {
  const key = partition([['a', 'b', 'c'], ['d', 'e', 'f', 'g']]);
  const response = partition([['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']]);

  it('MUC: 2 correct links of 5 key links and 5 response links', () => {
    // Correct: a–b, f–g. Key links 2 + 3. Response links 1 + 1 + 3 (+ 0 for e, added as a singleton).
    const s = muc(key, response);
    expect([s.recallNum, s.recallDen, s.precisionNum, s.precisionDen]).toEqual([2, 5, 2, 5]);
    expect(s.f1).toBeCloseTo(0.4, 12);
  });

  it('B³: recall 5/12, precision 1/2', () => {
    // R = (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (35/12) / 7; P = (2²/2 + 1²/2 + 1²/2 + 2²/4) / 8.
    const s = bcubed(key, response);
    expect(s.recall).toBeCloseTo(5 / 12, 12);
    expect(s.precision).toBeCloseTo(0.5, 12);
    expect(s.precisionDen).toBe(8);
  });

  it('CEAF-e: aligns {a b c}–{a b} (0.8) and {d e f g}–{f g h i} (0.5)', () => {
    const s = ceafe(key, response);
    expect(s.recallNum).toBeCloseTo(1.3, 12);
    expect(s.recall).toBeCloseTo(0.65, 12);
    expect(s.precision).toBeCloseTo(1.3 / 3, 12);
  });

  it('CoNLL is the mean of the three F1s', () => {
    const s = scoreCoref(key, response);
    const f = (r: number, p: number): number => (2 * r * p) / (r + p);
    expect(s.conll).toBeCloseTo((0.4 + f(5 / 12, 0.5) + f(0.65, 1.3 / 3)) / 3, 12);
  });
});

describe('singletons', () => {
  it('a key singleton merged into a response chain costs precision, not MUC recall', () => {
    // Key {a} {b c}; response {a b c}.
    const s = scoreCoref(partition([['a'], ['b', 'c']]), partition([['a', 'b', 'c']]));
    expect([s.muc.recall, s.muc.precision]).toEqual([1, 0.5]);
    // B³ R = (1/1 + 2²/2) / 3 = 1; P = (1/3 + 2²/3) / 3 = 5/9.
    expect(s.bcubed.recall).toBeCloseTo(1, 12);
    expect(s.bcubed.precision).toBeCloseTo(5 / 9, 12);
    // CEAF-e: best is {b c}–{a b c}, φ4 = 4/5; R = 0.8 / 2 entities, P = 0.8 / 1.
    expect(s.ceafe.recall).toBeCloseTo(0.4, 12);
    expect(s.ceafe.precision).toBeCloseTo(0.8, 12);
  });

  it('all-singleton key and response: MUC has no links and scores 0, B³ and CEAF-e score 1', () => {
    const chains = [['a'], ['b'], ['c']];
    const s = scoreCoref(partition(chains), partition(chains));
    expect(s.muc.f1).toBe(0);
    expect(s.bcubed.f1).toBe(1);
    expect(s.ceafe.f1).toBe(1);
    expect(s.conll).toBeCloseTo(2 / 3, 12);
  });

  it('an invented response singleton is dropped by MUC but counted by B³ and CEAF-e precision', () => {
    const s = scoreCoref(partition([['a', 'b']]), partition([['a', 'b'], ['x']]));
    expect(s.muc.f1).toBe(1);
    expect(s.bcubed.precision).toBeCloseTo(2 / 3, 12);
    expect(s.ceafe.precision).toBeCloseTo(0.5, 12);
  });
});

describe('identical partitions', () => {
  it('score 1 on every metric', () => {
    const p = partition([['a', 'b', 'c'], ['d'], ['e', 'f']]);
    const s = scoreCoref(p, p);
    expect([s.muc.f1, s.bcubed.f1, s.ceafe.f1, s.conll]).toEqual([1, 1, 1, 1]);
  });
});
