import type { TextBlock } from './collect-blocks.js';
import { collectBlocks } from './collect-blocks.js';
import { walkElements, type HtmlElement } from './html-tree.js';
import { linkDensity, measurePage } from './page-measure.js';

/**
 * Last resort: every <p> of the page that is prose (≥ 40 characters, under half links),
 * ignoring containers. 40 characters is about six words, shorter than any news sentence
 * with a verb yet longer than most menu items.
 */
export function sweepParagraphs(root: HtmlElement, body: HtmlElement): TextBlock[] {
  const page = measurePage(root, true);
  const picked: HtmlElement[] = [];
  for (const el of walkElements(body)) {
    if (el.tag !== 'p' || page.removed.has(el)) continue;
    const stats = page.stats.get(el);
    if (stats !== undefined && stats.chars >= 40 && linkDensity(stats) < 0.5) picked.push(el);
  }
  return collectBlocks(picked, page);
}
