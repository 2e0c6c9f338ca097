import type { ArticleAnalysis, Span } from '../core/model.js';

/** A passage of an article as the document shows it: its range and the event it tells. */
type EventPassage = { readonly start: number; readonly end: number; readonly eventId: string | null };

/**
 * Whether an article's passages point at two or more events: only then is it a round-up to
 * the reader (badge, item list, never an event's name). A split report whose other passages
 * reach its own event or none says nothing a reader needs.
 */
export function tellsSeveralEvents(passages: readonly EventPassage[] | undefined): boolean {
  return new Set((passages ?? []).flatMap((p) => (p.eventId ? [p.eventId] : []))).size >= 2;
}

/**
 * The part of an article that tells one event. A round-up (an article split into passages)
 * tells several, so only the sentences, dates, names and quotes of its passages linked to
 * `eventId` may speak for that event in summaries, timelines and who-said-what; the rest
 * are about other happenings. Any other article is returned whole. Offsets stay those of
 * the full text, so citations still hold.
 */
export function restrictToEvent(
  analysis: ArticleAnalysis,
  passages: readonly EventPassage[] | undefined,
  eventId: string,
): ArticleAnalysis {
  if (!passages || passages.length === 0) return analysis;
  const kept = passages.filter((p) => p.eventId === eventId);
  const inside = (span: Span): boolean => kept.some((p) => span.start >= p.start && span.end <= p.end);
  const keep = analysis.sentences.map(inside);
  return {
    ...analysis,
    sentences: analysis.sentences.filter((_, i) => keep[i]),
    sentenceLabels: analysis.sentenceLabels.filter((_, i) => keep[i]),
    timexes: analysis.timexes.filter(inside),
    mentions: analysis.mentions.filter(inside),
    quotes: analysis.quotes.filter((q) => inside(q.content)),
  };
}
