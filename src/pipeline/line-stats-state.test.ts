import { describe, expect, it } from 'vitest';
import type { LineStats } from '../stages/clean/index.js';
import { decayLineStats } from './line-stats-state.js';

describe('decayLineStats', () => {
  it('leaves an outlet alone until it passes twice the recent window', () => {
    const stats: LineStats = { outlets: { 'Harbor Post': { articles: 40, blocks: { k1: 1, k2: 30 } } } };
    expect(decayLineStats(stats, 20)).toBe(stats);
  });

  it('halves a large outlet: recurring lines keep their share, one-off lines drop out', () => {
    const stats: LineStats = {
      outlets: {
        'Harbor Post': { articles: 41, blocks: { footer: 30, once: 1, twice: 2 } },
        'Small Wire': { articles: 5, blocks: { once: 1 } },
      },
    };
    const decayed = decayLineStats(stats, 20);
    expect(decayed.outlets['Harbor Post']).toEqual({ articles: 20, blocks: { footer: 15, twice: 1 } });
    expect(decayed.outlets['Small Wire']).toEqual({ articles: 5, blocks: { once: 1 } });
  });
});
