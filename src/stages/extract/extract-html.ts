import type { Block } from '../../core/model.js';
import { collectBlocks, type TextBlock } from './collect-blocks.js';
import { assembleText } from './assemble-text.js';
import { findFirst, parseHtml, type HtmlElement } from './html-tree.js';
import { measurePage } from './page-measure.js';
import { pageMetadata, type PageMetadata } from './page-metadata.js';
import { readPageMeta } from './read-page-meta.js';
import { selectContent } from './select-content.js';
import { sweepParagraphs } from './sweep-paragraphs.js';
import { extractionConfidence } from './extraction-confidence.js';

export interface HtmlExtraction extends PageMetadata {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly method: string;
  readonly confidence: number;
}

/**
 * Below this many characters a structural result is "short": one real news paragraph or
 * two. Chosen so teaser-only results trigger the fallback while brief wire items pass.
 */
const SHORT_TEXT = 400;
/**
 * Above this share of link text the "article" is a link list (a section front, a tag page),
 * so the cascade tries the next step. Half is where Readability's cleaning also gives up
 * on a container.
 */
const LINK_DENSE = 0.5;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Attempt {
  readonly method: string;
  readonly blocks: readonly TextBlock[];
  readonly chars: number;
  /** 0..1: how clearly the chosen container beat the best unrelated one (1 = no rival). */
  readonly margin: number;
  /** Share of link text in the chosen containers. */
  readonly linkDensity: number;
}

function fallsShort(a: Attempt | null): boolean {
  return a === null || a.chars < SHORT_TEXT || a.linkDensity > LINK_DENSE;
}

function attempt(method: string, blocks: TextBlock[], title: string, margin: number, density: number): Attempt {
  // The headline is metadata, not body text; pages repeat it as the first heading.
  const t = norm(title);
  const body = blocks.filter((b, i) => !(i < 4 && b.kind === 'heading' && t !== '' && norm(b.text) === t));
  return { method, blocks: body, chars: body.reduce((n, b) => n + b.text.length, 0), margin, linkDensity: density };
}

function structural(root: HtmlElement, body: HtmlElement, soft: boolean, title: string): Attempt | null {
  const page = measurePage(root, soft);
  const selection = selectContent(body, page);
  if (selection === null) return null;
  const margin = selection.score > 0 ? Math.max(0, 1 - selection.runnerUp / selection.score) : 0;
  let chars = 0;
  let links = 0;
  for (const el of selection.elements) {
    chars += page.stats.get(el)?.chars ?? 0;
    links += page.stats.get(el)?.linkChars ?? 0;
  }
  const density = chars > 0 ? links / chars : 0;
  return attempt(soft ? 'html.structural.v1' : 'html.relaxed.v1', collectBlocks(selection.elements, page), title, margin, density);
}

/**
 * The cascade: structural selection with furniture removed; only when that falls short (too
 * little text, or mostly links) the same selection without class-name rules (pages whose
 * article wrapper has a furniture-like class), then a sweep of all paragraphs. A later step
 * replaces an earlier one only when it finds clearly more text (1.5 times), because longer
 * usually means it picked up what the earlier step missed rather than more furniture.
 */
export function extractHtml(html: string, url?: string): HtmlExtraction {
  const { root, truncated } = parseHtml(html);
  const meta = pageMetadata(readPageMeta(root), url ?? null);
  const body = findFirst(root, 'body') ?? root;
  const first = structural(root, body, true, meta.title);
  let best = first;
  if (fallsShort(best)) {
    const relaxed = structural(root, body, false, meta.title);
    if (relaxed !== null && relaxed.chars > 1.5 * (best?.chars ?? 0)) best = relaxed;
  }
  if (fallsShort(best)) {
    // The sweep keeps only low-link paragraphs, so it wins a link-dense contest at equal length.
    const sweep = attempt('html.paragraphs.v1', sweepParagraphs(root, body), meta.title, 0, 0);
    const better = best !== null && best.linkDensity > LINK_DENSE ? sweep.chars >= SHORT_TEXT : sweep.chars > 1.5 * (best?.chars ?? 0);
    if (better) best = sweep;
  }
  const { text, blocks } = assembleText(best?.blocks ?? []);
  const confidence = extractionConfidence({
    text, blocks, margin: best?.margin ?? 0, usedFallback: best !== first, truncated, hasTitle: meta.title !== '',
  });
  return { ...meta, text, blocks, method: best?.method ?? 'html.none.v1', confidence };
}
