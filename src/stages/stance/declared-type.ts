import type { Article, ArticleType } from '../../core/model.js';

const OPINION_SECTION = /\b(?:opinion|opinions|comment|commentary|editorial|editorials|column|columns|columnists?|op-?ed|viewpoints?|letters|our view|reviews?|critics?)\b/i;
// "Opinion: …", "Our view: …", "The Ledger view: …", or the wire style of a capitalised slug
// glued by a hyphen ("COLUMN-…", "ANALYSIS-…").
const OPINION_TITLE = /^\s*(?:[Oo]pinion|OPINION|[Cc]omment|COMMENT|[Ee]ditorial|EDITORIAL|[Cc]olumn|COLUMN|[Oo]p-?[Ee]d|OP-?ED|[Rr]eview|REVIEW|[Ll]etters?(?: to the [Ee]ditor)?|LETTERS?|(?:[Oo]ur|The [\p{Lu}][\p{L}]*) [Vv]iew)\s*[:|]|^\s*(?:OPINION|COMMENT|EDITORIAL|COLUMN|BREAKINGVIEWS)-/u;
const ANALYSIS_TITLE = /^\s*(?:[Aa]nalysis|ANALYSIS|[Nn]ews [Aa]nalysis|NEWS ANALYSIS)\s*[:|]|^\s*(?:ANALYSIS|NEWS ANALYSIS|INSIGHT|EXPLAINER)-/;
const OTHER_SECTION = /\b(?:listings?|what'?s on|events? guide|tv guide|weather|puzzles?|crosswords?|horoscopes?|corrections?|recipes?)\b/i;
const OTHER_TITLE = /^\s*(?:corrections?(?: and clarifications)?|what[’']s on\b|tv (?:guide|listings)|today[’']s weather|crossword|horoscopes?)\b/i;

/** The page says it is opinion: its section, a title prefix or the URL path. */
export function declaredOpinion(article: Article): boolean {
  return (article.section !== null && OPINION_SECTION.test(article.section)) ||
    OPINION_TITLE.test(article.title) ||
    /\/(?:opinion|opinions|commentisfree|editorials?|op-?ed|columns?)\//i.test(article.url ?? article.canonicalUrl ?? '');
}

/** The type the page's metadata declares (section, title prefix, URL), or null when it says nothing. */
export function declaredType(article: Article): ArticleType | null {
  if (declaredOpinion(article)) return 'opinion';
  if (ANALYSIS_TITLE.test(article.title) || /\banalysis\b/i.test(article.section ?? '')) return 'analysis';
  if (OTHER_TITLE.test(article.title) || (article.section !== null && OTHER_SECTION.test(article.section))) return 'other';
  return null;
}
