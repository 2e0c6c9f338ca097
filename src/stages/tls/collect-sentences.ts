import type { PublicationTime } from '../../core/model.js';
import { findTimeExpressions } from '../dates/index.js';
import { lightStem, normaliseWords, STOPWORDS } from '../fingerprint/index.js';
import { splitSentences } from '../segment/index.js';
import type { CandidateSentence, DatedArticle } from './types.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Every sentence of every article, with the days it mentions and its content terms. */
export function collectSentences(articles: readonly DatedArticle[]): CandidateSentence[] {
  const out: CandidateSentence[] = [];
  for (const article of articles) {
    const spans = article.sentences ?? splitSentences(article.text);
    const reference: PublicationTime = { value: article.published, precision: 'day', provenance: 'input', confidence: 1 };
    const mentions = spans.map(() => new Set<string>());
    for (const timex of article.timeExpressions ?? findTimeExpressions(article.text, spans, reference)) {
      const index = spans.findIndex((span) => span.start <= timex.start && timex.start < span.end);
      for (const day of daysOf(timex.value)) mentions[index]?.add(day);
    }
    spans.forEach((span, position) => {
      const text = article.text.slice(span.start, span.end);
      out.push({
        articleId: article.id, published: article.published, start: span.start, end: span.end, text, position,
        mentions: [...(mentions[position] ?? [])].sort(), terms: contentTerms(text),
      });
    });
  }
  return out;
}

/** The day-precise ends of a normalised time value (`2024-03-05`, `…T14:00`, ranges). */
function daysOf(value: string): string[] {
  return value.split('/').map((part) => DAY.exec(part)?.[0]).filter((day): day is string => day !== undefined);
}

export function contentTerms(text: string): string[] {
  return normaliseWords(text).filter((w) => w.length > 1 && !STOPWORDS.has(w) && /\p{L}/u.test(w)).map(lightStem);
}
