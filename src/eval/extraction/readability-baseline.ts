import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Readability.js 0.6.0 on jsdom, `textContent` of the result: the baseline the AEB table
 * lists. Evaluation only — the engine never loads jsdom.
 */
export function readabilityText(html: string): string {
  try {
    const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}
