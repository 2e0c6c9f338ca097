import { isElement, walkElements, type HtmlElement } from './html-tree.js';
import { linkDensity, type PageMeasure } from './page-measure.js';

/**
 * Structural content selection in the manner of Readability: every prose element gives a
 * score to its ancestors (less the further up), the best-scored container wins after a
 * link-density penalty, and its siblings that also look like article text join it (long
 * articles often split sections into sibling containers).
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
function looseTextChars(el: HtmlElement, page: PageMeasure): number {
  let chars = 0;
  for (const child of el.children) {
    if (typeof child === 'string') chars += child.replace(/\s+/g, ' ').trim().length;
    else if (!BLOCK_CHILD_TAGS.has(child.tag) && child.tag !== 'a') chars += page.stats.get(child)?.chars ?? 0;
  }
  return chars;
}

/**
 * Prose length an element contributes and the first ancestor to credit: a paragraph credits
 * its parent; text written loose in a container (old templates put the story straight into
 * a <div> beside its headline <p>) credits the container itself, as Readability does by
 * wrapping such runs in <p>.
 */
function proseOf(el: HtmlElement, page: PageMeasure): { chars: number; credit: HtmlElement | null } | null {
  if (isProse(el)) {
    const chars = page.stats.get(el)?.chars ?? 0;
    return chars >= MIN_PROSE_CHARS ? { chars, credit: el.parent } : null;
  }
  if (el.tag !== 'div' && el.tag !== 'section' && el.tag !== 'article' && el.tag !== 'td') return null;
  const loose = looseTextChars(el, page);
  return loose >= 2 * MIN_PROSE_CHARS ? { chars: loose, credit: el } : null;
}

function scoreCandidates(body: HtmlElement, page: PageMeasure): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  for (const el of walkElements(body)) {
    if (page.removed.has(el) || !page.stats.has(el)) continue;
    const prose = proseOf(el, page);
    if (prose === null) continue;
    const score = 1 + Math.min(3, Math.floor(prose.chars / 100));
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

function declaredBody(body: HtmlElement, page: PageMeasure): HtmlElement | null {
  let best: HtmlElement | null = null;
  for (const el of walkElements(body)) {
    if (page.removed.has(el) || el.attrs['itemprop'] !== 'articleBody') continue;
    if (best === null || (page.stats.get(el)?.chars ?? 0) > (page.stats.get(best)?.chars ?? 0)) best = el;
  }
  return best;
}

/** Siblings of the winner that read like article text, Readability's thresholds. */
function withSiblings(top: HtmlElement, topScore: number, scores: Map<HtmlElement, number>, page: PageMeasure): HtmlElement[] {
  const parent = top.parent;
  if (parent === null || parent.tag === 'body' || parent.tag === '#root') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const picked: HtmlElement[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib) || page.removed.has(sib)) continue;
    if (sib === top) {
      picked.push(sib);
      continue;
    }
    const stats = page.stats.get(sib);
    const density = linkDensity(stats);
    const chars = stats?.chars ?? 0;
    if ((scores.get(sib) ?? 0) >= threshold) picked.push(sib);
    else if (sib.tag === 'p' && chars > 80 && density < 0.25) picked.push(sib);
    else if (sib.tag === 'p' && chars > 0 && density === 0 && /[.!?]["”’]?$/.test(sib.children.join(' ').trim())) picked.push(sib);
  }
  return picked;
}

/**
 * Some templates cut one article body into chunks with the same tag and class, each in its
 * own grid cell, so the chunks are cousins rather than siblings. Chunks sharing the winner's
 * signature within a few levels above it are the rest of the article. Six levels reach
 * the grid wrappers we have seen while staying inside the article region.
 */
const CHUNK_SEARCH_LEVELS = 6;

function withChunks(top: HtmlElement, page: PageMeasure): HtmlElement[] | null {
  const cls = top.attrs['class'];
  if (cls === undefined || cls.trim() === '') return null;
  let region: HtmlElement = top;
  for (let i = 0; i < CHUNK_SEARCH_LEVELS && region.parent !== null && region.parent.tag !== 'body'; i++) region = region.parent;
  const chunks: HtmlElement[] = [];
  for (const el of walkElements(region)) {
    // Elements without stats sit inside removed furniture.
    const stats = page.stats.get(el);
    if (el.tag !== top.tag || el.attrs['class'] !== cls || stats === undefined || stats.chars === 0) continue;
    if (chunks.some((c) => related(c, el))) continue;
    if (el === top || linkDensity(stats) < 0.5) chunks.push(el);
  }
  return chunks.length > 1 ? chunks : null;
}

export interface ContentSelection {
  readonly elements: readonly HtmlElement[];
  /** Score of the winner and of the runner-up that is not its ancestor or descendant. */
  readonly score: number;
  readonly runnerUp: number;
}

export function selectContent(body: HtmlElement, page: PageMeasure): ContentSelection | null {
  const scores = scoreCandidates(body, page);
  let top: HtmlElement | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (top === null) return null;
  const declared = declaredBody(body, page);
  // Publishers that mark articleBody are nearly always right; trust it unless it is tiny
  // next to the scored winner (some pages mark only a summary).
  if (declared !== null && (page.stats.get(declared)?.chars ?? 0) >= 0.5 * (page.stats.get(top)?.chars ?? 0)) {
    return { elements: [declared], score: topScore, runnerUp: 0 };
  }
  let runnerUp = 0;
  for (const [el, score] of scores) {
    if (score > runnerUp && !related(el, top)) runnerUp = score;
  }
  return { elements: withChunks(top, page) ?? withSiblings(top, topScore, scores, page), score: topScore, runnerUp };
}

function related(a: HtmlElement, b: HtmlElement): boolean {
  for (let x: HtmlElement | null = a; x !== null; x = x.parent) if (x === b) return true;
  for (let x: HtmlElement | null = b; x !== null; x = x.parent) if (x === a) return true;
  return false;
}
