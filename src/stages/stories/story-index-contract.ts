import { describe, expect, it } from 'vitest';
import type { StoryIndex, StoryRecord } from './story-types.js';

/** The behaviour every `StoryIndex` must have; run against each implementation. */
export function storyIndexContract(name: string, makeIndex: () => StoryIndex): void {
  const story = (id: string, eventIds: readonly string[]): StoryRecord => ({
    id, title: id, eventIds, firstSeen: '2024-03-01', lastSeen: '2024-06-01', termWeights: { border: 1.5 }, entityWeights: { 'aldo reyna': 2 },
  });

  describe(`StoryIndex contract: ${name}`, () => {
    it('returns stories sharing most keys first, up to the limit', () => {
      const index = makeIndex();
      index.put(story('st_a', ['ev_1']), ['e:aldo reyna', 'ev:ev_1']);
      index.put(story('st_b', ['ev_2']), ['e:aldo reyna', 't:border', 'ev:ev_2']);
      expect(index.candidates(['e:aldo reyna', 't:border'], 10).map((s) => s.id)).toEqual(['st_b', 'st_a']);
      expect(index.candidates(['e:aldo reyna'], 1)).toHaveLength(1);
      expect(index.candidates(['ev:ev_1'], 10).map((s) => s.id)).toEqual(['st_a']);
    });

    it('replaces a record and its keys on put', () => {
      const index = makeIndex();
      index.put(story('st_a', ['ev_1']), ['t:border', 'ev:ev_1']);
      const grown = story('st_a', ['ev_1', 'ev_2']);
      index.put(grown, ['t:tariff', 'ev:ev_1', 'ev:ev_2']);
      expect(index.get('st_a')).toEqual(grown);
      expect(index.candidates(['t:border'], 10)).toEqual([]);
      expect(index.candidates(['ev:ev_2'], 10).map((s) => s.id)).toEqual(['st_a']);
      expect(index.get('st_missing')).toBeNull();
    });

    it('forgets a removed story and its keys', () => {
      const index = makeIndex();
      index.put(story('st_a', ['ev_1']), ['t:border', 'ev:ev_1']);
      index.put(story('st_b', ['ev_2']), ['t:border', 'ev:ev_2']);
      index.remove('st_a');
      expect(index.get('st_a')).toBeNull();
      expect(index.candidates(['t:border', 'ev:ev_1'], 10).map((s) => s.id)).toEqual(['st_b']);
    });
  });
}
