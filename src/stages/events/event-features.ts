import type { ArticleAnalysis, Mention, TimeExpression } from '../../core/model.js';
import { granularityOf } from './event-dates.js';
import type { EventFeatures } from './event-types.js';

/** Sentences that count as the lead when looking for the date of the happening. */
const LEAD_SENTENCES = 3;
/** Entity keys kept per article, most mentioned first. */
const ENTITY_LIMIT = 20;

/**
 * Event features of an analysed article: salient terms from its fingerprint, entity and
 * place keys from its mentions (most mentioned first), and the event date from the time
 * expressions of its lead — the first dated DATE expression there, preferring day precision.
 */
export function eventFeatures(analysis: ArticleAnalysis, duplicateOf: string | null): EventFeatures {
  const { article } = analysis;
  return {
    articleId: article.id,
    published: article.published?.value.slice(0, 10) ?? null,
    eventDate: leadDate(analysis),
    terms: analysis.fingerprint?.terms ?? [],
    entityKeys: keysByFrequency(analysis.mentions.filter((m) => m.type !== 'place')),
    placeKeys: keysByFrequency(analysis.mentions.filter((m) => m.type === 'place')),
    title: article.title,
    duplicateOf,
  };
}

function leadDate(analysis: ArticleAnalysis): string | null {
  const leadEnd = analysis.sentences[Math.min(LEAD_SENTENCES, analysis.sentences.length) - 1]?.end ?? 0;
  const dated = analysis.timexes.filter((t) => t.start < leadEnd && isUsableDate(t));
  const day = dated.find((t) => granularityOf(t.value) === 'day');
  return (day ?? dated[0])?.value.slice(0, 10) ?? null;
}

function isUsableDate(timex: TimeExpression): boolean {
  return timex.type === 'DATE' && timex.anchor !== 'none' && granularityOf(timex.value) !== null;
}

function keysByFrequency(mentions: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, ENTITY_LIMIT)
    .map(([key]) => key);
}
