import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../stages/events/index.js';
import type { StoryRecord } from '../../stages/stories/index.js';
import { openDatabase } from './open-database.js';
import { POSTINGS_PER_KEY } from './posting-limits.js';
import { SqliteEventIndex } from './sqlite-event-index.js';
import { SqliteStoryIndex } from './sqlite-story-index.js';

const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const event = (id: string, seen: string): EventRecord => ({
  id, title: id, date: seen, granularity: 'day', firstSeen: seen, lastSeen: seen,
  articleIds: [`a_${id}`], termWeights: {}, entityWeights: {}, dateVotes: {},
});

const story = (id: string, eventIds: readonly string[], lastSeen: string): StoryRecord => ({
  id, title: id, eventIds, firstSeen: '2024-01-01', lastSeen, termWeights: {}, entityWeights: {},
});

describe('SQLite postings stay bounded as the store grows', () => {
  it('reads only the most recent events of a common key, but every holder of a rare one', () => {
    const index = new SqliteEventIndex(openDatabase(':memory:'));
    index.put(event('ev_old', day(0)), ['t:police', 'e:halvik']);
    for (let i = 1; i <= POSTINGS_PER_KEY + 50; i++) index.put(event(`ev_${i}`, day(i)), ['t:police']);
    const common = index.candidates(['t:police'], null, 1000).map((e) => e.id);
    expect(common).toHaveLength(POSTINGS_PER_KEY);
    expect(common).not.toContain('ev_old');
    expect(common).toContain(`ev_${POSTINGS_PER_KEY + 50}`);
    // The rare key still finds the old event (its common key no longer counts for it).
    expect(index.candidates(['e:halvik'], null, 10).map((e) => e.id)).toEqual(['ev_old']);
    expect(index.candidates(['t:police', 'e:halvik'], null, 1000).map((e) => e.id)).toContain('ev_old');
  });

  it('moves an event in the recency order when it is seen again', () => {
    const index = new SqliteEventIndex(openDatabase(':memory:'));
    for (let i = 0; i < POSTINGS_PER_KEY + 1; i++) index.put(event(`ev_${i}`, day(i)), ['t:police']);
    expect(index.candidates(['t:police'], null, 1000).map((e) => e.id)).not.toContain('ev_0');
    index.put({ ...event('ev_0', day(0)), lastSeen: day(500) }, ['t:police']);
    expect(index.candidates(['t:police'], { from: day(499), to: day(501) }, 10).map((e) => e.id)).toEqual(['ev_0']);
  });

  it('finds an event by any member article as it grows, within the window asked', () => {
    const index = new SqliteEventIndex(openDatabase(':memory:'));
    const members = Array.from({ length: 30 }, (_, i) => `a_${i}`);
    for (let n = 1; n <= members.length; n++) {
      index.put({ ...event('ev_grow', day(0)), lastSeen: day(n), articleIds: members.slice(0, n) }, ['t:port', ...members.slice(0, n).map((id) => `a:${id}`)]);
    }
    expect(index.candidates(['a:a_0'], null, 1).map((e) => e.id)).toEqual(['ev_grow']);
    expect(index.candidates(['a:a_29'], null, 1).map((e) => e.id)).toEqual(['ev_grow']);
    expect(index.candidates(['a:a_29'], { from: day(100), to: day(110) }, 1)).toEqual([]);
    expect(index.get('ev_grow')?.articleIds).toHaveLength(30);
  });

  it('keeps the most recently active stories of a common key', () => {
    const index = new SqliteStoryIndex(openDatabase(':memory:'));
    for (let i = 0; i <= POSTINGS_PER_KEY; i++) index.put(story(`st_${i}`, [`ev_${i}`], day(i)), ['e:norland', `ev:ev_${i}`]);
    const ids = index.candidates(['e:norland'], 1000).map((s) => s.id);
    expect(ids).toHaveLength(POSTINGS_PER_KEY);
    expect(ids).not.toContain('st_0');
    expect(index.candidates(['ev:ev_0'], 10).map((s) => s.id)).toEqual(['st_0']);
  });

  it('appends member events and rewrites them when the list is not an extension', () => {
    const index = new SqliteStoryIndex(openDatabase(':memory:'));
    index.put(story('st_a', ['ev_1', 'ev_2'], day(1)), ['ev:ev_1', 'ev:ev_2']);
    index.put(story('st_a', ['ev_1', 'ev_2', 'ev_3'], day(2)), ['ev:ev_1', 'ev:ev_2', 'ev:ev_3']);
    expect(index.candidates(['ev:ev_3'], 10).map((s) => s.id)).toEqual(['st_a']);
    index.put(story('st_a', ['ev_9'], day(3)), ['ev:ev_9']);
    expect(index.candidates(['ev:ev_1'], 10)).toEqual([]);
    expect(index.candidates(['ev:ev_9'], 10).map((s) => s.id)).toEqual(['st_a']);
  });
});
