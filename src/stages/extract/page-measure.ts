import { isElement, type HtmlElement } from './html-tree.js';
import { hardJunkReason, softJunkReason } from './junk-rules.js';

/** Character counts of an element's visible, non-junk text (white space collapsed). */
export interface TextStats {
  readonly chars: number;
  readonly linkChars: number;
  /** Characters inside <p>-like prose elements. */
  readonly proseChars: number;
  readonly paragraphs: number;
  /** Commas in the text: Readability's measure of how sentence-like prose is. */
  readonly commas: number;
}

export interface PageMeasure {
  readonly removed: ReadonlySet<HtmlElement>;
  readonly stats: ReadonlyMap<HtmlElement, TextStats>;
}

const EMPTY: TextStats = { chars: 0, linkChars: 0, proseChars: 0, paragraphs: 0, commas: 0 };
const PROSE_TAGS = new Set(['p', 'pre', 'blockquote']);

/**
 * A soft-junk element (nav, `class="share"` …) is kept when it holds at least this share of
 * the page's prose: wrappers such as `<form>` around a whole ASP.NET page or
 * `<div class="content-with-sidebar">` hold the article itself. 0.4 because a page's real
 * article is nearly always the largest single prose holder.
 */
const RESCUE_SHARE = 0.4;

/**
 * Soft junk whose name says it sits beside the article, never around it: reader comments,
 * footers, sidebars and widgets often hold more prose than the article (long comment
 * threads, teaser excerpts), which the rescue rule would otherwise take for the article.
 */
const NEVER_RESCUED = new Set(['class:comment', 'class:comments', 'class:footer', 'class:sidebar', 'tag:footer', 'tag:aside']);

function visibleLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

/** Latin, CJK and Arabic commas. */
function countCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) n++;
  return n + (text.match(/[，、،]/g)?.length ?? 0);
}

function measure(el: HtmlElement, removed: ReadonlySet<HtmlElement>, out: Map<HtmlElement, TextStats>, inLink: boolean): TextStats {
  if (removed.has(el)) return EMPTY;
  let chars = 0;
  let linkChars = 0;
  let proseChars = 0;
  let paragraphs = 0;
  let commas = 0;
  const isLink = inLink || el.tag === 'a';
  for (const child of el.children) {
    if (isElement(child)) {
      const s = measure(child, removed, out, isLink);
      chars += s.chars;
      linkChars += s.linkChars;
      proseChars += s.proseChars;
      paragraphs += s.paragraphs;
      commas += s.commas;
    } else {
      const n = visibleLength(child);
      chars += n;
      commas += countCommas(child);
      if (isLink) linkChars += n;
    }
  }
  if (PROSE_TAGS.has(el.tag) && chars > 0) {
    proseChars = chars;
    paragraphs += 1;
  }
  const stats = { chars, linkChars, proseChars, paragraphs, commas };
  out.set(el, stats);
  return stats;
}

/**
 * Marks junk elements and measures the rest. Two passes: hard junk first (so scripts do not
 * count as prose), then soft junk unless it holds most of the page's prose.
 */
export function measurePage(root: HtmlElement, useSoftRules: boolean): PageMeasure {
  const removed = new Set<HtmlElement>();
  const soft: HtmlElement[] = [];
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as HtmlElement;
    if (hardJunkReason(el) !== null) {
      removed.add(el);
      continue;
    }
    const reason = useSoftRules && el.tag !== 'body' && el.tag !== 'html' ? softJunkReason(el) : null;
    // Never-rescued furniture goes at once, so its prose (a long comment thread) does not
    // count in the page total that rescue shares are measured against.
    if (reason !== null && NEVER_RESCUED.has(reason)) removed.add(el);
    else if (reason !== null) soft.push(el);
    for (const child of el.children) if (isElement(child)) stack.push(child);
  }
  const firstPass = new Map<HtmlElement, TextStats>();
  const page = measure(root, removed, firstPass, false);
  for (const el of soft) {
    const prose = firstPass.get(el)?.proseChars ?? 0;
    const own = unlinked(firstPass.get(el));
    if ((prose === 0 || prose < RESCUE_SHARE * page.proseChars) && (own === 0 || own < RESCUE_SHARE * unlinked(page))) removed.add(el);
  }
  const stats = new Map<HtmlElement, TextStats>();
  measure(root, removed, stats, false);
  return { removed, stats };
}

function unlinked(stats: TextStats | undefined): number {
  return stats === undefined ? 0 : stats.chars - stats.linkChars;
}

export function linkDensity(stats: TextStats | undefined): number {
  if (stats === undefined || stats.chars === 0) return 0;
  return stats.linkChars / stats.chars;
}
