import type { ArticleAnalysis, Span } from '../core/model.js';

/**
 * The part of an article that tells one event. A round-up (an article split into passages)
 * tells several, so only the sentences, dates, names and quotes of its passages linked to
 * `eventId` may speak for that event in summaries, timelines and who-said-what; the rest
 * are about other happenings. Any other article is returned whole. Offsets stay those of
 * the full text, so citations still hold.
 */
export function restrictToEvent(
  analysis: ArticleAnalysis,
  passages: readonly { readonly start: number; readonly end: number; readonly eventId: string | null }[] | undefined,
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
