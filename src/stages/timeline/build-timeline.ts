import type { ArticleAnalysis, CitedSentence, Granularity } from '../../core/model.js';
import { citationHolds } from '../../core/citations.js';
import { briefEvent, type BriefingGroup } from '../briefing/index.js';
import { generateTimeline, type TimelineEntry as TlsEntry } from '../tls/index.js';
import { timelineArticles } from './timeline-articles.js';

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
  /** Most dates to keep; by default as many as the story has distinct event dates. */
  readonly dates?: number;
  /** Sentences per date (at most). */
  readonly sentences?: number;
}

const DEFAULT_SENTENCES = 2;

/**
 * A story timeline by the benchmark's method (`stages/tls`): days ranked by how many of the
 * story's articles report on them or name them, each summarised by its most central cited
 * sentences. The story's events give the timeline its length (one date per distinct event date,
 * the engine's own count of dated happenings) and its links: an entry lists the events dated on
 * its day. Undated events come last in one entry marked undated — never given a made-up date.
 */
export function buildTimeline(groups: readonly DatedGroup[], options: TimelineOptions = {}): TimelineEntry[] {
  const perDate = options.sentences ?? DEFAULT_SENTENCES;
  const analyses = groups.flatMap((g) => g.articles);
  const eventDates = new Set(groups.flatMap((g) => (g.date === null ? [] : [g.date])));
  const dates = options.dates ?? eventDates.size;
  const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
  const dated = dates > 0 ? generateTimeline(timelineArticles(analyses), { dates, sentences: perDate }) : [];
  const entries = dated.map((entry) => datedEntry(entry, groups, texts)).filter((e) => e.sentences.length > 0);
  const undated = undatedEntry(groups, perDate, new Set(entries.flatMap((e) => e.sentences.map((s) => s.text))));
  return undated ? [...entries, undated] : entries;
}

function datedEntry(entry: TlsEntry, groups: readonly DatedGroup[], texts: ReadonlyMap<string, string>): TimelineEntry {
  const sentences = entry.sentences
    .map((s) => ({ text: s.text, citations: [s.citation] }))
    .filter((s) => citationHolds(s, (id) => texts.get(id)));
  return { date: entry.date, granularity: 'day', eventIds: eventsOn(entry.date, groups, sentences), sentences };
}

/**
 * The events dated on `day`. A day the method found but no event is dated on (a day of heavy
 * coverage, a day the reports look back to) links the events whose articles it quotes, so the
 * reader can still go from the entry to the coverage.
 */
function eventsOn(day: string, groups: readonly DatedGroup[], sentences: readonly CitedSentence[]): string[] {
  // `2025-03-14` and `2025-03-14T18:00` fall on the day; `2025-03` or `2025-W11` do not.
  const onDay = groups.filter((g) => g.date?.slice(0, 10) === day);
  if (onDay.length > 0) return sortedIds(onDay);
  const cited = new Set(sentences.flatMap((s) => s.citations.map((c) => c.articleId)));
  return sortedIds(groups.filter((g) => g.articles.some((a) => cited.has(a.article.id))));
}

function sortedIds(groups: readonly DatedGroup[]): string[] {
  return [...new Set(groups.map((g) => g.eventId))].sort();
}

/**
 * Undated events keep their place at the end, summarised from their own articles. Their
 * articles may be dated and already quoted above, so twice the sentences are drawn and repeats
 * dropped.
 */
function undatedEntry(groups: readonly DatedGroup[], perDate: number, used: ReadonlySet<string>): TimelineEntry | null {
  const members = groups.filter((g) => g.date === null);
  if (members.length === 0) return null;
  const articles: ArticleAnalysis[] = members.flatMap((m) => m.articles);
  const sentences = briefEvent({ articles }, 2 * perDate).filter((s) => !used.has(s.text)).slice(0, perDate);
  return sentences.length > 0 ? { date: null, granularity: null, eventIds: sortedIds(members), sentences } : null;
}
