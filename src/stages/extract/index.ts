export const EXTRACT_STAGE = 'extract.cascade.v2';

export { extractArticle } from './extract-article.js';
export { extractHtml, type HtmlExtraction } from './extract-html.js';
export { parseLooseDate, dateFromUrl, type ParsedDate } from './parse-date.js';
