import type { Article, ArticleAnalysis } from '../core/model.js';
import { segmentArticle } from '../stages/segment/index.js';
import { findTimeExpressions, resolvePublication } from '../stages/dates/index.js';
import { extractMentions } from '../stages/entities/index.js';
import { extractQuotes } from '../stages/quotes/index.js';
import { classifyArticle, labelSentences } from '../stages/stance/index.js';
import { fingerprintArticle } from '../stages/fingerprint/index.js';

/**
 * The per-article pipeline after extraction and cleaning: a pure function of one article,
 * so it can run on worker threads or other machines. Each step reads only what earlier
 * steps produced (the order is checked in `stage-registry.ts`).
 */
export function analyzeArticle(cleaned: Article): ArticleAnalysis {
  const published = cleaned.published ?? resolvePublication(cleaned);
  const article: Article = published === cleaned.published ? cleaned : { ...cleaned, published };
  const sentences = segmentArticle(article);
  const content = sentences.filter((s) => article.blocks[s.block]?.kind !== 'boilerplate');
  const timexes = findTimeExpressions(article.text, content, article.published);
  const mentions = extractMentions(article, sentences);
  // Boilerplate (share prompts, syndication footers) never holds a quote worth attributing.
  const quotes = extractQuotes(article, content, mentions);
  const sentenceLabels = labelSentences(article, sentences, quotes);
  const articleType = classifyArticle(article, sentences, sentenceLabels);
  const fingerprint = fingerprintArticle(article, sentences);
  return { article, sentences, timexes, mentions, quotes, sentenceLabels, articleType, fingerprint };
}
