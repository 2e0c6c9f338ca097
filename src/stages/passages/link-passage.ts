import { bestEvent } from '../events/index.js';
import type { EventFeatures, EventIndex } from '../events/index.js';

/**
 * Lowest score at which a passage is linked to an event. Above the article threshold
 * (events' JOIN_THRESHOLD, 0.2): a passage is a few paragraphs, so a chance overlap of
 * words weighs more in it, and a wrong link would put a report under an event it is not
 * about. Swept on synthetic round-ups of Multi-News validation documents (`storyline eval
 * passages`), with round-ups then placed by their lead passage: 0.2 / 0.25 / 0.3 put
 * 66.7 / 66.7 / 62.9% of items in their event with link precision 0.822 / 0.831 / 0.840.
 */
export const PASSAGE_THRESHOLD = 0.25;

export interface PassageLink {
  readonly eventId: string;
  readonly score: number;
  readonly why: readonly string[];
}

/**
 * The event a passage of a round-up tells, among the events already known: the best
 * scoring candidate at or above `PASSAGE_THRESHOLD` (it may be the article's own event).
 * Null when no event qualifies: a passage never founds an event and never changes one, it
 * only points at it; a later run can link it once its event exists. Reads the index, writes nothing.
 */
export function linkPassage(features: EventFeatures, index: EventIndex, threshold = PASSAGE_THRESHOLD): PassageLink | null {
  const best = bestEvent(features, index);
  return best === null || best.score < threshold ? null : { eventId: best.event.id, score: best.score, why: best.why };
}
