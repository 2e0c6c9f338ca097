import { isElement, walkElements, type HtmlElement, type HtmlNode } from './html-tree.js';
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

/** Readability's paragraph score: one point, plus one per 100 characters up to three. */
function paragraphScore(chars: number): number {
  return 1 + Math.min(3, Math.floor(chars / 100));
}

const isBreak = (node: HtmlNode): boolean => isElement(node) && node.tag === 'br';
const isBlank = (node: HtmlNode): boolean => typeof node === 'string' && node.trim() === '';

/**
 * Runs of text written straight into an element, as character counts. A run ends at a block
 * child or at two or more <br>s in a row, which is how Readability turns such text into
 * paragraphs (`<br><br>` separates paragraphs in old templates and blog engines). Links are
 * left out: loose links are navigation more often than prose.
 */
function looseRuns(el: HtmlElement, page: PageMeasure): number[] {
  const runs: number[] = [];
  let run = 0;
  const end = (): void => {
    if (run > 0) runs.push(run);
    run = 0;
  };
  const nodes = el.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as HtmlNode;
    if (typeof node === 'string') run += node.replace(/\s+/g, ' ').trim().length;
    else if (BLOCK_CHILD_TAGS.has(node.tag)) end();
    else if (node.tag === 'br') {
      let j = i + 1;
      while (j < nodes.length && (isBlank(nodes[j] as HtmlNode) || isBreak(nodes[j] as HtmlNode))) j++;
      if (nodes.slice(i + 1, j).some(isBreak)) end();
      i = j - 1;
    } else if (node.tag !== 'a') run += page.stats.get(node)?.chars ?? 0;
  }
  end();
  return runs;
}

/**
 * Score an element contributes and the first ancestor to credit: a paragraph credits its
 * parent; text written loose in a container (old templates put the story straight into a
 * <div> beside its headline <p>, blog engines separate paragraphs with <br><br>) credits the
 * container itself, one paragraph score per run, as Readability does by wrapping such runs
 * in <p>.
 */
function proseOf(el: HtmlElement, page: PageMeasure): { score: number; credit: HtmlElement | null } | null {
  const looseTags = el.tag === 'div' || el.tag === 'section' || el.tag === 'article' || el.tag === 'td';
  const runs = looseTags ? looseRuns(el, page).filter((n) => n >= MIN_PROSE_CHARS) : [];
  if (runs.length > 1 || (!isProse(el) && (runs[0] ?? 0) >= 2 * MIN_PROSE_CHARS)) {
    return { score: runs.reduce((sum, n) => sum + paragraphScore(n), 0), credit: el };
  }
  if (!isProse(el)) return null;
  const chars = page.stats.get(el)?.chars ?? 0;
  return chars >= MIN_PROSE_CHARS ? { score: paragraphScore(chars), credit: el.parent } : null;
}

export function scoreCandidates(body: HtmlElement, page: PageMeasure): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  for (const el of walkElements(body)) {
    if (page.removed.has(el) || !page.stats.has(el)) continue;
    const prose = proseOf(el, page);
    if (prose === null) continue;
    const score = prose.score;
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

