import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ReadabilityResult {
  readonly title: string;
  readonly byline: string;
  /** `textContent` of the article: the text the AEB table scores. */
  readonly text: string;
}

/**
 * Readability.js 0.6.0 on jsdom: the baseline the AEB table lists. Evaluation only — the
 * engine never loads jsdom.
 */
export function readabilityArticle(html: string): ReadabilityResult {
  try {
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return { title: article?.title ?? '', byline: article?.byline ?? '', text: article?.textContent ?? '' };
  } catch {
    return { title: '', byline: '', text: '' };
  }
}

export function readabilityText(html: string): string {
  return readabilityArticle(html).text;
}
