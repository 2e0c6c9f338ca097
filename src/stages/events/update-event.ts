import { stableId } from '../../core/hash.js';
import { granularityOf, isoDay } from './event-dates.js';
import { votedDate } from './date-gate.js';
import type { EventFeatures, EventRecord } from './event-types.js';
import { addWeights, keepTop, rankedWeights, topKeys } from './weights.js';

/** Weights kept per event: enough to describe it, bounded so records stay small. */
const KEPT_TERMS = 100;
const KEPT_ENTITIES = 100;
/** Keys an event is retrievable by, besides its member articles. */
const KEYED_TERMS = 15;
const KEYED_ENTITIES = 15;

/** A new event founded by one article; its id derives from that article, so it is stable. */
export function foundEvent(features: EventFeatures): EventRecord {
  const empty: EventRecord = {
    id: stableId('ev', features.articleId),
    title: features.title,
    date: null, granularity: null, firstSeen: null, lastSeen: null,
    articleIds: [], termWeights: {}, entityWeights: {}, dateVotes: {},
  };
  return joinEvent(empty, features);
}

/** The event with one more member article. */
export function joinEvent(event: EventRecord, features: EventFeatures): EventRecord {
  const day = isoDay(features.published);
  const firstSeen = day === null ? event.firstSeen : event.firstSeen === null || day < event.firstSeen ? day : event.firstSeen;
  const lastSeen = day === null ? event.lastSeen : event.lastSeen === null || day > event.lastSeen ? day : event.lastSeen;
  const dateVotes = features.eventDate === null ? event.dateVotes : addWeights(event.dateVotes, { [features.eventDate]: 1 });
  const entityKeys = [...new Set([...features.entityKeys, ...features.placeKeys])];
  const withDates = { ...event, firstSeen, lastSeen, dateVotes: keepTop(dateVotes, 20) };
  const date = votedDate(withDates) ?? firstSeen;
  return {
    ...withDates,
    title: event.title === '' ? features.title : event.title,
    date,
    granularity: granularityOf(date),
    articleIds: event.articleIds.includes(features.articleId) ? event.articleIds : [...event.articleIds, features.articleId],
    termWeights: keepTop(addWeights(event.termWeights, rankedWeights(features.terms)), KEPT_TERMS),
    entityWeights: keepTop(addWeights(event.entityWeights, Object.fromEntries(entityKeys.map((key) => [key, 1]))), KEPT_ENTITIES),
  };
}

/** The keys `put` files an event under: its top entities and terms, and each member article. */
export function eventKeys(event: EventRecord): string[] {
  return [
    ...topKeys(event.entityWeights, KEYED_ENTITIES).map((key) => `e:${key}`),
    ...topKeys(event.termWeights, KEYED_TERMS).map((key) => `t:${key}`),
    ...event.articleIds.map((id) => `a:${id}`),
  ];
}
