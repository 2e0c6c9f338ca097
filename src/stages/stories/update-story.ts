import { stableId } from '../../core/hash.js';
import type { EventRecord, Weights } from '../events/index.js';
import { addWeights, keepTop, topKeys } from '../events/index.js';
import type { StoryRecord } from './story-types.js';

const KEPT_WEIGHTS = 150;
const KEYED_TERMS = 15;
const KEYED_ENTITIES = 15;

export function foundStory(event: EventRecord): StoryRecord {
  const empty: StoryRecord = {
    id: stableId('st', event.id), title: event.title, eventIds: [], firstSeen: null, lastSeen: null, termWeights: {}, entityWeights: {},
  };
  return joinStory(empty, event);
}

/**
 * What `foundStory(event)` would weigh and date, without its id: a member event compared
 * as a story of its own is scored, never stored, and hashing an id for each of the up to
 * 200 members weighed per article was wasted.
 */
export function memberProfile(event: EventRecord): StoryRecord {
  let profile = PROFILES.get(event);
  if (profile === undefined) {
    profile = joinStory({ id: '', title: '', eventIds: [], firstSeen: null, lastSeen: null, termWeights: {}, entityWeights: {} }, event);
    PROFILES.set(event, profile);
  }
  return profile;
}

/**
 * Profiles by event record. Records are read-only, and a store may hand out the same
 * record again while it is unchanged (the SQLite store does): the latest members of the
 * candidate stories recur for article after article.
 */
const PROFILES = new WeakMap<EventRecord, StoryRecord>();

/** The story with one more event; each event weighs the same whatever its number of articles. */
export function joinStory(story: StoryRecord, event: EventRecord): StoryRecord {
  return {
    ...extendDates(story, event),
    title: story.title === '' ? event.title : story.title,
    eventIds: story.eventIds.includes(event.id) ? story.eventIds : [...story.eventIds, event.id],
    termWeights: keepTop(addWeights(story.termWeights, event.termWeights, 1 / maxWeight(event.termWeights)), KEPT_WEIGHTS),
    entityWeights: keepTop(addWeights(story.entityWeights, event.entityWeights, 1 / maxWeight(event.entityWeights)), KEPT_WEIGHTS),
  };
}

/** The story with its first/last seen days widened to cover the event's. */
export function extendDates(story: StoryRecord, event: EventRecord): StoryRecord {
  const days = [story.firstSeen, story.lastSeen, event.firstSeen, event.lastSeen].filter((d): d is string => d !== null).sort();
  return { ...story, firstSeen: days[0] ?? null, lastSeen: days.at(-1) ?? null };
}

/** Keys a story is filed under: its top entities and terms, and each member event. */
export function storyKeys(story: StoryRecord): string[] {
  return [
    ...topKeys(story.entityWeights, KEYED_ENTITIES).map((key) => `e:${key}`),
    ...topKeys(story.termWeights, KEYED_TERMS).map((key) => `t:${key}`),
    ...story.eventIds.map((id) => `ev:${id}`),
  ];
}

/** Keys an event looks stories up by. */
export function storyQueryKeys(event: EventRecord): string[] {
  return [
    ...topKeys(event.entityWeights, 10).map((key) => `e:${key}`),
    ...topKeys(event.termWeights, 10).map((key) => `t:${key}`),
  ];
}

function maxWeight(weights: Weights): number {
  return Math.max(1e-9, ...Object.values(weights));
}
