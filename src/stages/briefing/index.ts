import type { ArticleAnalysis, CitedSentence } from '../../core/model.js';
import { citationHolds } from '../../core/citations.js';
import { citableSentences, citationOf, pickDiverse, rankSentences, type SentenceRef } from '../salience/index.js';

export const BRIEFING_STAGE = 'briefing.extractive.v1';

export interface BriefingGroup {
  /** Articles of one event (canonical articles first); copies add no new sentences. */
  readonly articles: readonly ArticleAnalysis[];
}

/**
 * An extractive summary of one event: its most central sentences, each cited with the
 * article and offsets it came from, in the order the source told them.
 */
export function briefEvent(group: BriefingGroup, sentences = 3): CitedSentence[] {
  const refs = group.articles.flatMap(citableSentences);
  const picked = pickDiverse(rankSentences(refs), sentences);
  return verified(inReadingOrder(picked), group.articles);
}

/**
 * A story briefing: for each event in time order, its single most central sentence, so the
 * briefing reads as what happened, then what happened next.
 */
export function briefStory(events: readonly BriefingGroup[], maxSentences = 12): CitedSentence[] {
  const out: CitedSentence[] = [];
  for (const group of events) {
    const [first] = briefEvent(group, 1);
    if (first) out.push(first);
    if (out.length >= maxSentences) break;
  }
  return out;
}

function inReadingOrder(refs: readonly SentenceRef[]): SentenceRef[] {
  return [...refs].sort((a, b) => (a.articleId === b.articleId ? a.sentence.start - b.sentence.start : 0));
}

function verified(refs: readonly SentenceRef[], articles: readonly ArticleAnalysis[]): CitedSentence[] {
  const texts = new Map(articles.map((a) => [a.article.id, a.article.text]));
  return refs
    .map((ref) => ({ text: ref.text, citations: [citationOf(ref)] }))
    .filter((sentence) => citationHolds(sentence, (id) => texts.get(id)));
}
