import type { EventRecord } from '../stages/events/index.js';
import type { StoryRecord } from '../stages/stories/index.js';

/** Minimal records for the posting-table tests of both stores: only ids and days matter there. */

/** The ISO day `n` days after 2024-01-01. */
export const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export const postingEvent = (id: string, seen: string): EventRecord => ({
  id, title: id, date: seen, granularity: 'day', firstSeen: seen, lastSeen: seen,
  articleIds: [`a_${id}`], termWeights: {}, entityWeights: {}, dateVotes: {},
});

export const postingStory = (id: string, eventIds: readonly string[], lastSeen: string): StoryRecord => ({
  id, title: id, eventIds, firstSeen: '2024-01-01', lastSeen, termWeights: {}, entityWeights: {},
});
