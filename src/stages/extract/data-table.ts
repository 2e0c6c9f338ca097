import { walkElements, type HtmlElement } from './html-tree.js';
import type { PageMeasure } from './page-measure.js';

/**
 * A table of data inside an article — a line-up of linked player names with their
 * positions, results with linked teams — is content although most of its text is links.
 * Navigation tables link the whole cell; data cells add their own words around the link
 * ("1. <a>Jane Doe</a> (R) LF"). A table counts as data when most of its non-empty cells
 * hold two or more letters outside links. Four cells is the smallest table with rows and
 * columns; "most" is three in five, so a header row of plain links does not decide it.
 */
const MIN_CELLS = 4;
const MIN_ANNOTATED_SHARE = 0.6;

function lettersOutsideLinks(el: HtmlElement, page: PageMeasure): number {
  let letters = 0;
  for (const child of el.children) {
    if (typeof child === 'string') letters += child.match(/\p{L}/gu)?.length ?? 0;
    else if (child.tag !== 'a' && !page.removed.has(child)) letters += lettersOutsideLinks(child, page);
  }
  return letters;
}

export function isDataTable(table: HtmlElement, page: PageMeasure): boolean {
  let cells = 0;
  let annotated = 0;
  for (const el of walkElements(table)) {
    if ((el.tag !== 'td' && el.tag !== 'th') || (page.stats.get(el)?.chars ?? 0) === 0) continue;
    cells++;
    if (lettersOutsideLinks(el, page) >= 2) annotated++;
  }
  return cells >= MIN_CELLS && annotated >= MIN_ANNOTATED_SHARE * cells;
}
