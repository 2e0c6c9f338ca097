import { describe, expect, it } from 'vitest';
import { buildRoundUps } from './build-round-ups.js';

/** A document of one fictional event: a short headline line, then sentences of about 30 words. */
const doc = (event: string, n: number) =>
  [`Headline about ${event}`, ...Array.from({ length: 3 }, (_, i) => `Report ${n} paragraph ${i} on the ${event} says that officials in the town met on the day to talk about what had happened there and what comes next for everyone who lives nearby.`)].join('\n\n');
const clusters = ['flood', 'strike', 'fire', 'election', 'trial', 'storm'].map((event, c) => ({
  cluster: String(c),
  documents: Array.from({ length: c === 5 ? 2 : 3 }, (_, n) => doc(event, n)),
}));

describe('buildRoundUps', () => {
  it('strings leads of different events into round-ups, and takes those documents out of the pool', () => {
    const set = buildRoundUps(clusters, { count: 10, seed: 7 });
    const items = set.roundUps.flatMap((r) => r.items);
    // Five events have three documents; the two-document one gives no item.
    expect(items.map((i) => i.cluster).sort()).toEqual(['0', '1', '2', '3', '4']);
    for (const r of set.roundUps) {
      expect(new Set(r.items.map((i) => i.cluster)).size).toBe(r.items.length);
      const paragraphs = r.text.split('\n\n');
      const last = r.items[r.items.length - 1]!;
      expect(paragraphs).toHaveLength(last.lastParagraph + 1);
      // The headline line is not part of an item.
      expect(paragraphs.every((p) => !p.startsWith('Headline'))).toBe(true);
    }
    expect(set.documents).toHaveLength(3 * 6 - 1 - items.length);
    expect(set.documents.some((d) => d.id === 'mn_5_1')).toBe(true);
  });

  it('is the same for the same seed', () => {
    expect(buildRoundUps(clusters, { count: 10, seed: 7 })).toEqual(buildRoundUps(clusters, { count: 10, seed: 7 }));
  });
});
