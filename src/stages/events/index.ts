export const EVENTS_STAGE = 'events.incremental.v1';

export { assignToEvent, bestEvent, CANDIDATE_LIMIT, JOIN_THRESHOLD } from './assign-to-event.js';
export { checkDates, DATE_SLACK_DAYS, PUBLICATION_GAP_DAYS, votedDate } from './date-gate.js';
export { daysBetween, granularityOf, isoDay, shiftDay } from './event-dates.js';
export type { AssignOptions } from './assign-to-event.js';
export type { EventAssignment, EventFeatures, EventIndex, EventRecord, KeyFrequencies } from './event-types.js';
export { frequencyKeys, idfFrom, weighByIdf } from './idf.js';
export type { Idf } from './idf.js';
export { MemoryEventIndex } from './memory-event-index.js';
export { retrievalKeys, retrievalWindow } from './retrieval-keys.js';
export { scoreEvent } from './score-event.js';
export { eventKeys, foundEvent, joinEvent } from './update-event.js';
export { addWeights, cosine, keepTop, rankedWeights, sharedKeys, topKeys } from './weights.js';
export type { Weights } from './weights.js';
