import { describe, expect, it } from 'vitest';
import { assignToEvent, MemoryEventIndex } from '../events/index.js';
import type { EventRecord } from '../events/index.js';
import {
  CALL_JUNE, CALL_MARCH, CALL_MARCH_FOLLOWUP, featuresOf, LIBRARY, STRIKE_COURIER, STRIKE_HERALD,
} from '../events/event-fixtures.js';
import type { FixtureArticle } from '../events/event-fixtures.js';
import {
  assignToStory, ESTABLISHED_EVENTS, ESTABLISHED_THRESHOLD, foundStory, MemoryStoryIndex, relinkSingleton, scoreStory, STORY_THRESHOLD, storyKeys,
} from './index.js';
import type { StoryRecord } from './index.js';

/** Events built from fixture articles, in order of founding, and the index that counted their keys. */
function eventsOf(fixtures: readonly FixtureArticle[]): { events: EventRecord[]; statistics: MemoryEventIndex } {
  const index = new MemoryEventIndex();
  const ids = fixtures.map((fixture) => assignToEvent(featuresOf(fixture), index).eventId);
  return { events: [...new Set(ids)].map((id) => index.get(id)).filter((e): e is EventRecord => e !== null), statistics: index };
}

const built = eventsOf([STRIKE_HERALD, STRIKE_COURIER, CALL_MARCH, CALL_MARCH_FOLLOWUP, LIBRARY, CALL_JUNE]);

describe.each([
  { weighting: 'without IDF', statistics: undefined },
  { weighting: 'with IDF from the event index', statistics: built.statistics },
])('assignToStory $weighting', ({ statistics }) => {
  const [strike, marchCall, library, juneCall] = built.events;
  const assign = (event: EventRecord | undefined, index: MemoryStoryIndex) => assignToStory(event as EventRecord, index, statistics);

  it('links two calls between the same leaders three months apart into one story', () => {
    expect(marchCall?.articleIds).toEqual(['a_call_march', 'a_call_march_2']);
    const index = new MemoryStoryIndex();
    const first = assign(marchCall, index);
    const second = assign(juneCall, index);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.storyId).toBe(first.storyId);
    expect(second.why).toEqual(expect.arrayContaining(['shared entities: aldo reyna, castavia, juna temmer, orlovia', 'gap: 99 days']));
    expect(index.get(first.storyId)).toMatchObject({
      title: 'Reyna and Temmer discuss border crossings in phone call',
      eventIds: [marchCall?.id, juneCall?.id], firstSeen: '2024-03-04', lastSeen: '2024-06-12',
    });
  });

  it('keeps unrelated topics in separate stories', () => {
    const index = new MemoryStoryIndex();
    const ids = [strike, marchCall, library, juneCall].map((event) => assign(event, index).storyId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[3]).toBe(ids[1]);
  });

  it('never moves an event or renames a story when it is assigned again', () => {
    const index = new MemoryStoryIndex();
    const first = assign(marchCall, index);
    assign(juneCall, index);
    const again = assign(marchCall, index);
    expect(again).toMatchObject({ storyId: first.storyId, created: false, why: ['already in story'] });
    expect(first.storyId).toMatch(/^st_[0-9a-f]{16}$/);
    expect(index.get(first.storyId)?.eventIds).toHaveLength(2);
  });
});

describe('relinkSingleton', () => {
  const [, marchCall, library, juneCall] = built.events;

  it('moves an event that was alone in its story into the story it now fits, removing its own', () => {
    const index = new MemoryStoryIndex();
    const calls = assignToStory(marchCall as EventRecord, index, built.statistics);
    // The June call founded its own story when its first report said too little to link it.
    const alone = foundStory(juneCall as EventRecord);
    index.put(alone, storyKeys(alone));
    const merge = relinkSingleton(juneCall as EventRecord, index, built.statistics);
    expect(merge).toMatchObject({ storyId: calls.storyId, mergedFrom: alone.id });
    expect(index.get(alone.id)).toBeNull();
    expect(index.get(calls.storyId)?.eventIds).toEqual([marchCall?.id, juneCall?.id]);
  });

  it('leaves an unrelated event in its own story', () => {
    const index = new MemoryStoryIndex();
    assignToStory(marchCall as EventRecord, index, built.statistics);
    const own = assignToStory(library as EventRecord, index, built.statistics);
    expect(relinkSingleton(library as EventRecord, index, built.statistics)).toBeNull();
    expect(index.get(own.storyId)?.eventIds).toEqual([library?.id]);
  });

  it('never moves an event out of a story with several events', () => {
    const index = new MemoryStoryIndex();
    assignToStory(marchCall as EventRecord, index, built.statistics);
    assignToStory(juneCall as EventRecord, index, built.statistics);
    expect(relinkSingleton(juneCall as EventRecord, index, built.statistics)).toBeNull();
  });
});

describe('assignToStory: the bar for established stories', () => {
  // Bare records: each story event shares the term "harbour" and has two words of its own.
  const event = (id: string, terms: readonly string[]): EventRecord => ({
    id, title: id, date: '2024-03-04', granularity: 'day', firstSeen: '2024-03-04', lastSeen: '2024-03-04',
    articleIds: [`a_${id}`], termWeights: Object.fromEntries(terms.map((t) => [t, 1])), entityWeights: {}, dateVotes: {},
  });
  const members = Array.from({ length: ESTABLISHED_EVENTS }, (_, i) => event(`ev_${i}`, ['harbour', `own${i}a`, `own${i}b`]));
  // Shares only "harbour" among 32 words: a weak match (cosine 0.15 with the five-event story).
  const newcomer = event('ev_new', ['harbour', ...Array.from({ length: 31 }, (_, i) => `new${i}`)]);
  const storyOf = (events: readonly EventRecord[]) => {
    const index = new MemoryStoryIndex();
    for (const e of events) assignToStory(e, index);
    return index;
  };

  it('joins a weak match to a story of many events but not to a young one', () => {
    const established = storyOf(members);
    expect(established.all()).toHaveLength(1);
    const score = scoreStory(newcomer, established.all()[0] as StoryRecord).score;
    expect(score).toBeGreaterThanOrEqual(ESTABLISHED_THRESHOLD);
    expect(score).toBeLessThan(STORY_THRESHOLD);
    expect(assignToStory(newcomer, established).created).toBe(false);
    const young = storyOf(members.slice(0, 1));
    expect(scoreStory(newcomer, young.all()[0] as StoryRecord).score).toBeLessThan(STORY_THRESHOLD);
    expect(assignToStory(newcomer, young).created).toBe(true);
  });
});
