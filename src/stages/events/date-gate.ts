import { datesCompatible, daysBetween, distanceToInterval, isoDay } from './event-dates.js';
import type { EventFeatures, EventRecord } from './event-types.js';
import { topKeys } from './weights.js';

// Two happenings with the same actors (two calls between the same leaders, a collapse and
// the inquiry opened two days later) are told apart by their dates. One day of slack absorbs
// time zones and late-evening events reported as "Tuesday" or "Wednesday"; on the demo corpus
// a three-day slack merged the bridge collapse with the inquiry and the search's end, which
// its answer key keeps apart. One week of publication gap is how long follow-ups of one
// happening typically run without restating its date. Both chosen by hand, not fitted.
export const DATE_SLACK_DAYS = 1;
export const PUBLICATION_GAP_DAYS = 7;

export interface DateCheck {
  /** Why the article cannot join the event, or null. */
  readonly veto: string | null;
  /** The event date both sides name, when they agree. */
  readonly agreed: string | null;
}

/** The date an event's members vote for, or null when none named one. */
export function votedDate(event: EventRecord): string | null {
  return topKeys(event.dateVotes, 1)[0] ?? null;
}

export function checkDates(features: EventFeatures, event: EventRecord): DateCheck {
  const voted = votedDate(event);
  const featureDay = isoDay(features.eventDate);
  const eventDay = isoDay(voted);
  if (featureDay !== null && eventDay !== null && Math.abs(daysBetween(featureDay, eventDay)) > DATE_SLACK_DAYS) {
    return { veto: `dates differ: ${featureDay} vs ${eventDay}`, agreed: null };
  }
  const agreed = features.eventDate !== null && voted !== null && datesCompatible(features.eventDate, voted, DATE_SLACK_DAYS) ? voted : null;
  const published = isoDay(features.published);
  if (agreed === null && published !== null && event.firstSeen !== null && event.lastSeen !== null) {
    const gap = distanceToInterval(published, event.firstSeen, event.lastSeen);
    if (gap > PUBLICATION_GAP_DAYS) return { veto: `published ${gap} days apart`, agreed: null };
  }
  return { veto: null, agreed };
}
