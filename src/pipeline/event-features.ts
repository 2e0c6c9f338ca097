import type { ArticleAnalysis, TimeExpression } from '../core/model.js';
import type { EventFeatures } from '../stages/events/index.js';

/** Sentences at the top of an article where the news (and so the event date) is told. */
const LEAD_SENTENCES = 4;
/** Entity keys an event is retrieved and scored by; the rest are passing mentions. */
const ENTITY_LIMIT = 12;

/** What event clustering needs from one analysed article. */
export function eventFeatures(analysis: ArticleAnalysis, duplicateOf: string | null): EventFeatures {
  const { article, mentions, fingerprint } = analysis;
  const counts = new Map<string, { n: number; first: number; place: boolean }>();
  for (const mention of mentions) {
    const entry = counts.get(mention.key) ?? { n: 0, first: mention.start, place: mention.type === 'place' };
    entry.n += 1;
    counts.set(mention.key, entry);
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).slice(0, ENTITY_LIMIT);
  return {
    articleId: article.id,
    published: article.published ? article.published.value.slice(0, 10) : null,
    eventDate: leadEventDate(analysis),
    terms: fingerprint?.terms ?? [],
    entityKeys: ranked.filter(([, e]) => !e.place).map(([key]) => key),
    placeKeys: ranked.filter(([, e]) => e.place).map(([key]) => key),
    title: article.title,
    duplicateOf,
  };
}

/**
 * The date the article's news happened on: the first resolved day-or-coarser DATE in the
 * lead sentences. Later dates in the body are background more often than not.
 */
export function leadEventDate(analysis: ArticleAnalysis): string | null {
  const lead = analysis.sentences.filter((s) => analysis.article.blocks[s.block]?.kind !== 'boilerplate' && analysis.article.blocks[s.block]?.kind !== 'title').slice(0, LEAD_SENTENCES);
  const last = lead[lead.length - 1];
  if (!last) return null;
  const inLead = analysis.timexes.filter((t) => t.type === 'DATE' && t.end <= last.end && isCalendarValue(t));
  const dayFirst = inLead.find((t) => t.granularity === 'day') ?? inLead[0];
  return dayFirst?.value ?? null;
}

function isCalendarValue(timex: TimeExpression): boolean {
  return /^\d{4}(-\d{2}){0,2}$/.test(timex.value);
}
