import { isoDay, shiftDay } from './event-dates.js';
import { PUBLICATION_GAP_DAYS } from './date-gate.js';
import type { EventFeatures } from './event-types.js';

/** Keys of each kind an article looks events up by; a real match shares several of them. */
const QUERY_KEYS = 10;

/** `e:<entity>` and `t:<term>` keys of the article's top entities, places and terms (`limit` of each). */
export function retrievalKeys(features: EventFeatures, limit = QUERY_KEYS): string[] {
  const entities = [...new Set([...features.entityKeys, ...features.placeKeys])].slice(0, limit);
  return [...entities.map((key) => `e:${key}`), ...features.terms.slice(0, limit).map((term) => `t:${term}`)];
}

/**
 * The publication window candidates must overlap: a week either side of the article's
 * publication day and of its event date (a retrospective can name an older happening).
 * Null when the article is undated: then only the keys limit the lookup.
 */
export function retrievalWindow(features: EventFeatures): { from: string; to: string } | null {
  const days = [isoDay(features.published), isoDay(features.eventDate)].filter((d): d is string => d !== null).sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return null;
  return { from: shiftDay(first, -PUBLICATION_GAP_DAYS), to: shiftDay(last, PUBLICATION_GAP_DAYS) };
}
