import { isElement, walkElements, type HtmlElement } from './html-tree.js';
import { linkDensity, type PageMeasure } from './page-measure.js';

/**
 * Container scores in the manner of Readability: every prose element gives a score to its
 * ancestors (less the further up, up to five levels), then each score is scaled by the
 * container's class names and cut by its link density.
 */

const BLOCK_CHILD_TAGS = new Set([
  'p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'dl', 'pre', 'blockquote', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'figure', 'main', 'header', 'footer', 'aside', 'nav', 'form',
]);
const PROSE_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Readability's minimum: shorter elements are labels, buttons and captions, not prose. */
const MIN_PROSE_CHARS = 25;
const POSITIVE_NAME = /article|body|content|entry|main|page|post|text|blog|story/i;
const NEGATIVE_NAME = /comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget|hidden|banner|combx|share/i;

function isProse(el: HtmlElement): boolean {
  if (PROSE_TAGS.has(el.tag)) return true;
  if (el.tag !== 'div' && el.tag !== 'section') return false;
  // A div with only inline content is a paragraph written without <p> tags.
  return !el.children.some((c) => isElement(c) && BLOCK_CHILD_TAGS.has(c.tag));
}

/**
 * Class and id names scale the score rather than add to it (Readability adds ±25), so a
 * `page-bottom` box with one sentence cannot outscore an article of twenty paragraphs.
 */
function nameFactor(el: HtmlElement): number {
  const names = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''}`;
  let factor = 1;
  if (NEGATIVE_NAME.test(names)) factor -= 0.25;
  if (POSITIVE_NAME.test(names)) factor += 0.25;
  if (el.attrs['itemprop'] === 'articleBody') factor += 0.5;
  return factor;
}

function tagWeight(el: HtmlElement): number {
  switch (el.tag) {
    case 'article': return 10;
    case 'div': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'ol': case 'ul': case 'dl': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

/** Characters of text written straight into an element between its block children. */
function looseText(el: HtmlElement, page: PageMeasure): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (const child of el.children) {
    if (typeof child === 'string') {
      chars += child.replace(/\s+/g, ' ').trim().length;
      commas += child.split(',').length - 1;
    } else if (!BLOCK_CHILD_TAGS.has(child.tag) && child.tag !== 'a') {
      chars += page.stats.get(child)?.chars ?? 0;
      commas += page.stats.get(child)?.commas ?? 0;
    }
  }
  return { chars, commas };
}

/**
 * Prose length an element contributes and the first ancestor to credit: a paragraph credits
 * its parent; text written loose in a container (old templates put the story straight into
 * a <div> beside its headline <p>) credits the container itself, as Readability does by
 * wrapping such runs in <p>.
 */
interface Prose {
  readonly chars: number;
  readonly commas: number;
  readonly credit: HtmlElement | null;
}

function proseOf(el: HtmlElement, page: PageMeasure): Prose | null {
  if (isProse(el)) {
    const stats = page.stats.get(el);
    const chars = stats?.chars ?? 0;
    return chars >= MIN_PROSE_CHARS ? { chars, commas: stats?.commas ?? 0, credit: el.parent } : null;
  }
  if (el.tag !== 'div' && el.tag !== 'section' && el.tag !== 'article' && el.tag !== 'td') return null;
  const loose = looseText(el, page);
  return loose.chars >= 2 * MIN_PROSE_CHARS ? { ...loose, credit: el } : null;
}

export function scoreCandidates(body: HtmlElement, page: PageMeasure): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  for (const el of walkElements(body)) {
    if (page.removed.has(el) || !page.stats.has(el)) continue;
    const prose = proseOf(el, page);
    if (prose === null) continue;
    // Readability's paragraph score: one point, one per comma, one per 100 characters up to 3.
    const score = 1 + 0 * prose.commas + Math.min(3, Math.floor(prose.chars / 100));
    let ancestor = prose.credit;
    for (let level = 0; ancestor !== null && level < 5; level++, ancestor = ancestor.parent) {
      if (ancestor.tag === '#root' || ancestor.tag === 'html') break;
      if (!scores.has(ancestor)) scores.set(ancestor, tagWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
    }
  }
  for (const [el, score] of scores) scores.set(el, score * nameFactor(el) * (1 - linkDensity(page.stats.get(el))));
  return scores;
}

