import { describe, expect, it } from 'vitest';
import type { EventIndex } from '../stages/events/index.js';
import type { StoryIndex } from '../stages/stories/index.js';
import { POSTINGS_PER_KEY } from './sqlite/posting-limits.js';
import { day, postingEvent as event, postingStory as story } from './posting-test-records.js';

/**
 * How both stores' indexes keep lookups bounded as the store grows: each content key reads
 * its `POSTINGS_PER_KEY` most recent holders, a window is capped before events first seen
 * after it are dropped, member keys find their one owner. One suite, every store.
 */
export function postingsContract(name: string, openEvents: () => EventIndex, openStories: () => StoryIndex): void {
  describe(`${name} postings stay bounded as the store grows`, () => {
    it('reads only the most recent events of a common key, but every holder of a rare one', () => {
      const index = openEvents();
      index.put(event('ev_old', day(0)), ['t:police', 'e:halvik']);
      for (let i = 1; i <= POSTINGS_PER_KEY + 50; i++) index.put(event(`ev_${i}`, day(i)), ['t:police']);
      const common = index.candidates(['t:police'], null, 1000).map((e) => e.id);
      expect(common).toHaveLength(POSTINGS_PER_KEY);
      expect(common).not.toContain('ev_old');
      expect(common).toContain(`ev_${POSTINGS_PER_KEY + 50}`);
      expect(index.candidates(['e:halvik'], null, 10).map((e) => e.id)).toEqual(['ev_old']);
      expect(index.candidates(['t:police', 'e:halvik'], null, 1000).map((e) => e.id)).toContain('ev_old');
    }, 60_000);

    it('moves an event in the recency order when it is seen again', () => {
      const index = openEvents();
      for (let i = 0; i < POSTINGS_PER_KEY + 1; i++) index.put(event(`ev_${i}`, day(i)), ['t:police']);
      expect(index.candidates(['t:police'], null, 1000).map((e) => e.id)).not.toContain('ev_0');
      index.put({ ...event('ev_0', day(0)), lastSeen: day(500) }, ['t:police']);
      expect(index.candidates(['t:police'], { from: day(499), to: day(501) }, 10).map((e) => e.id)).toEqual(['ev_0']);
    }, 60_000);

    it('caps a window before dropping events first seen after it closes, ', () => {
      const index = openEvents();
      // Seen since the window opened but first seen after it closes: they fill the cap first.
      for (let i = 0; i < POSTINGS_PER_KEY; i++) index.put({ ...event(`ev_late_${i}`, day(20)), lastSeen: day(30) }, ['t:police']);
      index.put({ ...event('ev_inside', day(5)), lastSeen: day(6) }, ['t:police']);
      index.put({ ...event('ev_undated', day(0)), date: null, firstSeen: null, lastSeen: null }, ['t:police']);
      const ids = index.candidates(['t:police'], { from: day(4), to: day(10) }, 10).map((e) => e.id);
      expect(ids).toEqual(['ev_undated']);
    }, 60_000);

    it('finds an event by any member article as it grows, within the window asked', () => {
      const index = openEvents();
      const members = Array.from({ length: 30 }, (_, i) => `a_${i}`);
      for (let n = 1; n <= members.length; n++) {
        index.put({ ...event('ev_grow', day(0)), lastSeen: day(n), articleIds: members.slice(0, n) }, ['t:port', ...members.slice(0, n).map((id) => `a:${id}`)]);
      }
      expect(index.candidates(['a:a_0'], null, 1).map((e) => e.id)).toEqual(['ev_grow']);
      expect(index.candidates(['a:a_29'], null, 1).map((e) => e.id)).toEqual(['ev_grow']);
      expect(index.candidates(['a:a_29'], { from: day(100), to: day(110) }, 1)).toEqual([]);
      expect(index.get('ev_grow')?.articleIds).toHaveLength(30);
    }, 60_000);

    it('keeps the most recently active stories of a common key', () => {
      const index = openStories();
      for (let i = 0; i <= POSTINGS_PER_KEY; i++) index.put(story(`st_${i}`, [`ev_${i}`], day(i)), ['e:norland', `ev:ev_${i}`]);
      const ids = index.candidates(['e:norland'], 1000).map((s) => s.id);
      expect(ids).toHaveLength(POSTINGS_PER_KEY);
      expect(ids).not.toContain('st_0');
      expect(index.candidates(['ev:ev_0'], 10).map((s) => s.id)).toEqual(['st_0']);
    }, 60_000);

    it('appends member events and rewrites them when the list is not an extension', () => {
      const index = openStories();
      index.put(story('st_a', ['ev_1', 'ev_2'], day(1)), ['ev:ev_1', 'ev:ev_2']);
      index.put(story('st_a', ['ev_1', 'ev_2', 'ev_3'], day(2)), ['ev:ev_1', 'ev:ev_2', 'ev:ev_3']);
      expect(index.candidates(['ev:ev_3'], 10).map((s) => s.id)).toEqual(['st_a']);
      index.put(story('st_a', ['ev_9'], day(3)), ['ev:ev_9']);
      expect(index.candidates(['ev:ev_1'], 10)).toEqual([]);
      expect(index.candidates(['ev:ev_9'], 10).map((s) => s.id)).toEqual(['st_a']);
    }, 60_000);

    it('moves a member event to the story that takes it', () => {
      const index = openStories();
      index.put(story('st_a', ['ev_1'], day(1)), ['ev:ev_1']);
      index.put(story('st_b', ['ev_2', 'ev_1'], day(2)), ['ev:ev_2', 'ev:ev_1']);
      index.remove('st_a');
      expect(index.candidates(['ev:ev_1'], 10).map((s) => s.id)).toEqual(['st_b']);
    }, 60_000);
  });
}
