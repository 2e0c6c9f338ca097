import type { Article, Sentence } from '../../core/model.js';
import { resolveInArticle, type WeightedMention } from './resolve-in-article.js';
import { taggerMentions } from './tagger-mentions.js';

/**
 * Mentions of an article: names found and typed by the statistical tagger (which reads the
 * rules' guesses as features), then resolved within the article: aliases, acronyms, surnames
 * and short forms take the key and type of the fuller name. Each mention keeps its own type
 * otherwise: the tagger's second stage has already weighed the document's other uses of the
 * name, and a city can be a team in the next line ("Detroit 5 Boston 3").
 */
export function extractMentions(article: Article, sentences: readonly Sentence[]): WeightedMention[] {
  return resolveInArticle(article.text, taggerMentions(article, sentences));
}
