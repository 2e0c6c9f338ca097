import type { ArticleAnalysis } from '../../core/model.js';
import { citableSentences } from '../salience/index.js';
import type { DatedArticle } from '../tls/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A story's articles as the timeline method reads them: each with its publication day, the
 * time expressions its analysis found, and only the sentences a summary may cite
 * (`citableSentences`: no titles, boilerplate, opinion sentences or opinion pieces). An
 * article without a publication day cannot anchor "on Monday" or a day of coverage, so it
 * stays out of the dated entries (an undated event still shows it in the undated entry); an
 * article that sits in several groups is read once. Sorted by id, so the result does not
 * depend on group order.
 */
export function timelineArticles(analyses: readonly ArticleAnalysis[]): DatedArticle[] {
  const byId = new Map<string, DatedArticle>();
  for (const analysis of analyses) {
    const { article } = analysis;
    const day = article.published?.value.slice(0, 10);
    if (!day || !DAY.test(day) || byId.has(article.id)) continue;
    const sentences = citableSentences(analysis).map((ref) => ({ start: ref.sentence.start, end: ref.sentence.end }));
    if (sentences.length === 0) continue;
    const timeExpressions = analysis.timexes.map((t) => ({ start: t.start, value: t.value }));
    byId.set(article.id, { id: article.id, published: day, text: article.text, sentences, timeExpressions });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
