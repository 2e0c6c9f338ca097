import { isElement, rawText, walkElements, type HtmlElement } from './html-tree.js';
import { linkDensity, type PageMeasure } from './page-measure.js';
import { scoreCandidates } from './score-candidates.js';
import { enclosingArticle } from './enclosing-article.js';

/**
 * Structural content selection: the best-scored container wins, unless the publisher marked
 * the article body; then the rest of a body cut into same-class chunks, or the winner's
 * siblings that also read like article text (long articles often split sections into
 * sibling containers), join it.
 */

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
    else if (sib.tag === 'p' && chars > 0 && density === 0 && /[.!?]["”’]?$/.test(rawText(sib).trim())) picked.push(sib);
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
    if (!sameSlot(el, top)) continue;
    if (chunks.some((c) => nested(c, el))) continue;
    if (el === top || linkDensity(stats) < 0.5) chunks.push(el);
  }
  return chunks.length > 1 ? chunks : null;
}

/**
 * Chunks of one body sit in cells of the same kind (same tag and class as the winner's
 * parent). Generic inner names such as `bd` also label the body of a sidebar box in another
 * column, whose parent is a different kind of box.
 */
function sameSlot(el: HtmlElement, top: HtmlElement): boolean {
  const a = el.parent;
  const b = top.parent;
  return a !== null && b !== null && a.tag === b.tag && a.attrs['class'] === b.attrs['class'];
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
    if (score > runnerUp && !nested(el, top)) runnerUp = score;
  }
  const article = enclosingArticle(top, page);
  const elements = article !== top ? withSiblings(article, topScore, scores, page) : withChunks(top, page) ?? withSiblings(top, topScore, scores, page);
  return { elements, score: topScore, runnerUp };
}

/** True when one element contains the other (or they are the same). */
function nested(a: HtmlElement, b: HtmlElement): boolean {
  for (let x: HtmlElement | null = a; x !== null; x = x.parent) if (x === b) return true;
  for (let x: HtmlElement | null = b; x !== null; x = x.parent) if (x === a) return true;
  return false;
}
