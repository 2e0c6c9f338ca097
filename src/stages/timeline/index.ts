export const TIMELINE_STAGE = 'timeline.tls.v1';

export { buildTimeline, type DatedGroup, type TimelineEntry, type TimelineOptions } from './build-timeline.js';
export { timelineArticles } from './timeline-articles.js';
