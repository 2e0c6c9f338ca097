import type { CitedSentence, Granularity } from '../../core/model.js';
import { briefEvent, type BriefingGroup } from '../briefing/index.js';

export const TIMELINE_STAGE = 'timeline.event-dates.v1';

export interface DatedGroup extends BriefingGroup {
  readonly eventId: string;
  /** ISO value of the event date (`2025-03-14`, `2025-06`); null when the event is undated. */
  readonly date: string | null;
  readonly granularity: Granularity | string | null;
}

export interface TimelineEntry {
  readonly date: string | null;
  readonly granularity: string | null;
  readonly eventIds: readonly string[];
  readonly sentences: readonly CitedSentence[];
}

export interface TimelineOptions {
  /** Most dates to keep (the dates with most coverage win); all when omitted. */
  readonly dates?: number;
  /** Sentences per date. */
  readonly sentences?: number;
}

/**
 * A story timeline: one entry per event date, in date order, each with the most central
 * cited sentences of the events on that date. Undated events come last, marked undated —
 * never given a made-up date.
 */
export function buildTimeline(groups: readonly DatedGroup[], options: TimelineOptions = {}): TimelineEntry[] {
  const byDate = new Map<string, DatedGroup[]>();
  for (const group of groups) {
    const key = group.date ?? '';
    byDate.set(key, [...(byDate.get(key) ?? []), group]);
  }
  let dates = [...byDate.keys()];
  if (options.dates !== undefined) dates = mostCovered(dates, byDate, options.dates);
  return dates
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map((date) => {
      const members = byDate.get(date) ?? [];
      const articles = members.flatMap((m) => m.articles);
      return {
        date: date === '' ? null : date,
        granularity: members[0]?.granularity ?? null,
        eventIds: members.map((m) => m.eventId),
        sentences: briefEvent({ articles }, options.sentences ?? 2),
      };
    })
    .filter((entry) => entry.sentences.length > 0);
}

function mostCovered(dates: string[], byDate: Map<string, DatedGroup[]>, limit: number): string[] {
  const coverage = (date: string): number => (byDate.get(date) ?? []).reduce((n, g) => n + g.articles.length, 0);
  return [...dates].filter((d) => d !== '').sort((a, b) => coverage(b) - coverage(a) || (a < b ? -1 : 1)).slice(0, limit);
}
