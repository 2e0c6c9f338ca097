import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.js';
import { capitalisedEntityKeys } from './capitalised-entity-keys.js';
import { seededShuffle } from './seeded-shuffle.js';

const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y'], ['e', 'y']]);

describe('bcubed', () => {
  it('scores a perfect clustering 1', () => {
    expect(bcubed(gold, new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2'], ['e', '2']]))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores all singletons with precision 1 and recall from cluster sizes', () => {
    const score = bcubed(gold, new Map());
    expect(score.precision).toBe(1);
    // items of the 3-cluster recall 1/3 each, of the 2-cluster 1/2 each: (3·1/3 + 2·1/2)/5 = 0.4
    expect(score.recall).toBeCloseTo(0.4, 10);
  });

  it('matches a hand-computed merge of everything', () => {
    const score = bcubed(gold, new Map([...gold.keys()].map((item) => [item, 'all'])));
    // precision: 3 items see 3/5, 2 items see 2/5 → (9/5 + 4/5)/5 = 0.52
    expect(score.precision).toBeCloseTo(0.52, 10);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * 0.52) / 1.52, 10);
  });
});

describe('seededShuffle', () => {
  it('is a deterministic permutation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 7)).toEqual(seededShuffle(items, 7));
    expect(seededShuffle(items, 7)).not.toEqual(items);
    expect([...seededShuffle(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('capitalisedEntityKeys', () => {
  it('collects capitalised runs and drops lone sentence-initial words', () => {
    const keys = capitalisedEntityKeys([
      'Officials said Mayor Ilse Varnholt met the Eastbrook Water Board on Monday.',
      'Varnholt said the board agreed.',
      'The Eastbrook Water Board did not comment.',
    ]);
    expect(keys).toContain('eastbrook water board');
    expect(keys).toContain('mayor ilse varnholt');
    expect(keys).not.toContain('officials');
  });
});
