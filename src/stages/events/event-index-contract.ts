import { describe, expect, it } from 'vitest';
import type { EventIndex, EventRecord } from './event-types.js';

/**
 * The behaviour every `EventIndex` must have, as a vitest suite: run it against each
 * implementation (in-memory here, SQLite in the store) so they cannot drift apart.
 */
export function eventIndexContract(name: string, makeIndex: () => EventIndex): void {
  const event = (id: string, firstSeen: string | null, lastSeen = firstSeen): EventRecord => ({
    id, title: id, date: firstSeen, granularity: firstSeen ? 'day' : null, firstSeen, lastSeen,
    articleIds: [`a_${id}`], termWeights: { port: 1 }, entityWeights: { halvik: 1 }, dateVotes: {},
  });

  describe(`EventIndex contract: ${name}`, () => {
    it('returns events sharing most keys first, up to the limit', () => {
      const index = makeIndex();
      index.put(event('ev_a', '2024-03-01'), ['t:port', 'e:halvik']);
      index.put(event('ev_b', '2024-03-02'), ['t:port', 'e:halvik', 't:strike']);
      index.put(event('ev_c', '2024-03-03'), ['t:library']);
      expect(index.candidates(['t:port', 'e:halvik', 't:strike'], null, 10).map((e) => e.id)).toEqual(['ev_b', 'ev_a']);
      expect(index.candidates(['t:port'], null, 1)).toHaveLength(1);
      expect(index.candidates(['t:nothing'], null, 10)).toEqual([]);
    });

    it('filters by the publication window, letting undated events through', () => {
      const index = makeIndex();
      index.put(event('ev_march', '2024-03-01', '2024-03-04'), ['t:port']);
      index.put(event('ev_june', '2024-06-01'), ['t:port']);
      index.put(event('ev_undated', null), ['t:port']);
      const ids = index.candidates(['t:port'], { from: '2024-03-04', to: '2024-03-10' }, 10).map((e) => e.id).sort();
      expect(ids).toEqual(['ev_march', 'ev_undated']);
    });

    it('replaces a record and its keys on put, and gets it back unchanged', () => {
      const index = makeIndex();
      index.put(event('ev_a', '2024-03-01'), ['t:port', 'a:a_ev_a']);
      const grown = { ...event('ev_a', '2024-03-01', '2024-03-02'), articleIds: ['a_ev_a', 'a_more'], dateVotes: { '2024-03-01': 2 } };
      index.put(grown, ['t:strike', 'a:a_ev_a', 'a:a_more']);
      expect(index.get('ev_a')).toEqual(grown);
      expect(index.candidates(['t:port'], null, 10)).toEqual([]);
      expect(index.candidates(['a:a_more'], null, 10).map((e) => e.id)).toEqual(['ev_a']);
      expect(index.get('ev_missing')).toBeNull();
    });

    it('counts key document frequencies over counted articles', () => {
      const index = makeIndex();
      expect(index.frequencies(['t:port'])).toEqual({ total: 0, counts: { 't:port': 0 } });
      index.countArticle(['t:port', 'e:halvik']);
      index.countArticle(['t:port', 't:port']);
      expect(index.frequencies(['t:port', 'e:halvik', 't:none'])).toEqual({ total: 2, counts: { 't:port': 2, 'e:halvik': 1, 't:none': 0 } });
    });
  });
}
