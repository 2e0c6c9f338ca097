export const TLS_STAGE = 'tls.datewise.v2';

export { generateTimeline, timelineFromSentences } from './generate-timeline.js';
export { collectSentences } from './collect-sentences.js';
export { rankDates, DATE_WEIGHTS } from './rank-dates.js';
export { summariseDate, inverseFrequencies } from './summarise-date.js';
export type { DatedArticle, TimeMention, TimelineOptions, TimelineEntry, TimelineSentence, CandidateSentence } from './types.js';
