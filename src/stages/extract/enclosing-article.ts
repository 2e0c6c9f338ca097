import type { HtmlElement } from './html-tree.js';
import type { PageMeasure } from './page-measure.js';

/**
 * The best-scored container is sometimes a box quoted inside the article — a press
 * release, a statement, a long block quote — written as many short paragraphs, while the
 * reporter's own text before it is one or two long ones (the scorer rewards paragraph
 * count). When a close ancestor holds, before that box, a long paragraph of plain
 * (unlinked) text, the ancestor is the article and the box is part of it. Only text before
 * the box counts: text after it is the page's related-story teasers and footers as often
 * as the article's end.
 */

/** Boxes sit one to three levels inside the post body (box > wrapper > `#continued`). */
const MAX_LEVELS = 3;
/**
 * About four news sentences. Standfirsts, summaries and photo captions above an article
 * body run 250–450 characters and must not pull the header in (AEB's gold leaves them
 * out): at 300 eight AEB pages lost precision, at 500 two did (a photo credit, a
 * fact-check verdict line), while the reporters' intros above quoted releases on the
 * Dragnet pages run 530–1,200 characters.
 */
const MIN_OUTSIDE_TEXT = 500;
/** The text around the box must be prose, not link lists (Readability's 0.2–0.25 band). */
const MAX_OUTSIDE_LINK_DENSITY = 0.2;

/** Characters and link characters of the element children of `parent` before `child`. */
function textBefore(parent: HtmlElement, child: HtmlElement, page: PageMeasure): { chars: number; links: number } {
  let chars = 0;
  let links = 0;
  for (const node of parent.children) {
    if (node === child) break;
    if (typeof node === 'string') chars += node.replace(/\s+/g, ' ').trim().length;
    else {
      chars += page.stats.get(node)?.chars ?? 0;
      links += page.stats.get(node)?.linkChars ?? 0;
    }
  }
  return { chars, links };
}

function onlyChild(el: HtmlElement): boolean {
  return el.parent !== null && el.parent.children.every((c) => c === el || (typeof c === 'string' && c.trim() === ''));
}

export function enclosingArticle(top: HtmlElement, page: PageMeasure): HtmlElement {
  let best = top;
  let child = top;
  let chars = 0;
  let links = 0;
  for (let level = 0; level < MAX_LEVELS && child.parent !== null; child = child.parent) {
    const ancestor = child.parent;
    // A wrapper around the box alone (nested blockquotes, a single `<div>`) is the box.
    if (!onlyChild(child)) level++;
    if (ancestor.tag === 'body' || ancestor.tag === 'html' || ancestor.tag === '#root' || page.removed.has(ancestor)) break;
    const before = textBefore(ancestor, child, page);
    chars += before.chars;
    links += before.links;
    if (chars - links >= MIN_OUTSIDE_TEXT && links <= MAX_OUTSIDE_LINK_DENSITY * chars) best = ancestor;
  }
  return best;
}
