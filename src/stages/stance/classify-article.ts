import type { Article, ArticleType, Sentence, SentenceLabel } from '../../core/model.js';

/**
 * Share of the writer's own sentences (opinion + reporting) that are opinion above which an
 * undeclared article is opinion. Chosen by hand on our fixtures: a news report has at most
 * an odd evaluative sentence, a column has one in three or more.
 */
const OPINION_SHARE = 0.3;
/** Fewer non-boilerplate sentences than this is too little to classify. */
const MIN_SENTENCES = 2;

const OPINION_SECTION = /\b(?:opinion|opinions|comment|commentary|editorial|editorials|column|columns|columnists?|op-?ed|viewpoints?|letters)\b/i;
// "Opinion: …", or the wire style of a capitalised slug glued by a hyphen ("COLUMN-…", "ANALYSIS-…").
const OPINION_TITLE = /^\s*(?:[Oo]pinion|OPINION|[Cc]omment|COMMENT|[Ee]ditorial|EDITORIAL|[Cc]olumn|COLUMN|[Oo]p-?[Ee]d|OP-?ED)\s*[:|]|^\s*(?:OPINION|COMMENT|EDITORIAL|COLUMN|BREAKINGVIEWS)-/;
const ANALYSIS = /^\s*(?:[Aa]nalysis|ANALYSIS|[Nn]ews [Aa]nalysis|NEWS ANALYSIS)\s*[:|]|^\s*(?:ANALYSIS|NEWS ANALYSIS|INSIGHT|EXPLAINER)-/;
const PRESS_RELEASE = /\bFOR IMMEDIATE RELEASE\b|^\s*#{3}\s*$|^\s*About [\p{Lu}][\p{L}&.,'’ -]{1,60}\s*$|\b(?:Media|Press) (?:contact|inquiries)\b/imu;

/** The page says it is opinion: its section, a title prefix or the URL path. */
export function declaredOpinion(article: Article): boolean {
  return (article.section !== null && OPINION_SECTION.test(article.section)) ||
    OPINION_TITLE.test(article.title) ||
    /\/(?:opinion|opinions|commentisfree|editorials?|op-?ed|columns?)\//i.test(article.url ?? article.canonicalUrl ?? '');
}

/** news, opinion, analysis, press-release or other, from declared metadata first, then the text. */
export function classifyArticle(article: Article, sentences: readonly Sentence[], labels: readonly SentenceLabel[]): ArticleType {
  if (declaredOpinion(article)) return 'opinion';
  if (ANALYSIS.test(article.title) || /\banalysis\b/i.test(article.section ?? '')) return 'analysis';
  if (PRESS_RELEASE.test(article.text)) return 'press-release';
  const own = labels.filter((l) => l === 'opinion' || l === 'reporting').length;
  const opinion = labels.filter((l) => l === 'opinion').length;
  const content = labels.filter((l) => l !== 'boilerplate').length;
  if (content < MIN_SENTENCES || sentences.length === 0) return 'other';
  if (own > 0 && opinion / own >= OPINION_SHARE) return 'opinion';
  return own > 0 || labels.includes('quote') ? 'news' : 'other';
}
