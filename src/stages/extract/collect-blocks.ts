import { startsCommentThread } from './comment-thread.js';
import { isDataTable } from './data-table.js';
import { isElement, type HtmlElement } from './html-tree.js';
import { linkDensity, type PageMeasure, type TextStats } from './page-measure.js';
import type { BlockKind } from '../../core/model.js';

/** A block of extracted text before offsets are assigned. */
export interface TextBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'caption',
  'header', 'footer', 'address', 'hr', 'br', 'center', 'tbody', 'thead', 'body', 'details', 'summary',
]);

/**
 * `wp-caption-text`, `image-caption`, `captionText`: captions written without <figcaption>.
 * Only short elements count: some templates put `caption` in the class of a whole post
 * wrapper, and a caption is a sentence or two (400 characters is about three).
 */
const MAX_CAPTION_CHARS = 400;

function hasCaptionClass(el: HtmlElement, page: PageMeasure): boolean {
  return /caption/i.test(el.attrs['class'] ?? '') && (page.stats.get(el)?.chars ?? 0) <= MAX_CAPTION_CHARS;
}

function kindOf(el: HtmlElement, inherited: BlockKind, page: PageMeasure): BlockKind {
  const tag = el.tag;
  if (inherited === 'caption' || hasCaptionClass(el, page)) return 'caption';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return 'list-item';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'p' || tag === 'pre' || tag === 'blockquote') return 'paragraph';
  return inherited;
}

/**
 * Containers inside the article that are mostly links are related-story lists, tag clouds
 * and "read more" rows. Lists need a higher share than prose containers because a list of
 * sources with a few links is still content. Thresholds follow Readability's conditional
 * cleaning (0.2–0.5 link density) and were checked on self-written pages.
 */
/**
 * A list of linked titles with text around each link ("“Title” by Jane Doe", "Drive for $99
 * at Shop (normally $120)"), whose items are sentence-long, is the article's own list — of
 * papers, deals, sources. Related-story lists link the whole item and are headline-long.
 * 100 characters is about a long headline; 0.8 leaves a fifth of the text unlinked.
 */
const ANNOTATED_ITEM_CHARS = 100;
const ANNOTATED_MAX_DENSITY = 0.8;

function isAnnotatedList(el: HtmlElement, stats: TextStats): boolean {
  const items = el.children.filter((c) => isElement(c) && (c.tag === 'li' || c.tag === 'dd')).length;
  return items > 0 && stats.chars / items >= ANNOTATED_ITEM_CHARS && linkDensity(stats) <= ANNOTATED_MAX_DENSITY;
}

function isLinkFarm(el: HtmlElement, page: PageMeasure): boolean {
  const stats = page.stats.get(el);
  if (stats === undefined || stats.chars === 0) return false;
  const density = linkDensity(stats);
  const ownText = stats.chars - stats.linkChars;
  switch (el.tag) {
    case 'ul': case 'ol': case 'dl': return density > 0.5 && !isAnnotatedList(el, stats);
    case 'table': return density > 0.5 && ownText < 200 && !isDataTable(el, page);
    case 'div': case 'section': case 'aside': return density > 0.5 && ownText < 200;
    case 'p': case 'li': return density > 0.8 && stats.chars < 200;
    default: return false;
  }
}

/**
 * A comment thread is cut only after the article has begun: one prose paragraph of about
 * two sentences. A jump anchor near the headline (beside the "12 comments" link) must not
 * cut the article it introduces.
 */
const MIN_PROSE_BEFORE_THREAD = 100;

class BlockWriter {
  readonly blocks: TextBlock[] = [];
  /** Set at the start of a reader-comment thread: nothing after it is collected. */
  stopped = false;
  private buffer = '';
  private kind: BlockKind = 'paragraph';

  hasProse(): boolean {
    return this.blocks.some((b) => b.kind === 'paragraph' && b.text.length >= MIN_PROSE_BEFORE_THREAD);
  }

  flush(): void {
    const text = this.buffer.replace(/\s+/g, ' ').trim();
    if (text !== '') this.blocks.push({ kind: this.kind, text });
    this.buffer = '';
  }

  append(text: string): void {
    this.buffer += text;
  }

  setKind(kind: BlockKind): void {
    this.kind = kind;
  }
}

function visit(el: HtmlElement, page: PageMeasure, out: BlockWriter, kind: BlockKind): void {
  if (out.stopped) return;
  // Checked before removal: the thread's heading or anchor is itself often named furniture.
  if (startsCommentThread(el)) {
    out.flush();
    if (out.hasProse()) {
      out.stopped = true;
      return;
    }
  }
  if (page.removed.has(el) || isLinkFarm(el, page)) return;
  const isBlock = BLOCK_TAGS.has(el.tag);
  const ownKind = isBlock ? kindOf(el, kind, page) : kind;
  if (isBlock) {
    out.flush();
    out.setKind(ownKind);
  }
  for (const child of el.children) {
    if (isElement(child)) visit(child, page, out, ownKind);
    else if (!out.stopped) out.append(child);
  }
  if (isBlock) {
    out.flush();
    out.setKind(kind);
  }
}

/** Text blocks of the selected elements, in document order, junk and link farms left out. */
export function collectBlocks(elements: readonly HtmlElement[], page: PageMeasure): TextBlock[] {
  const out = new BlockWriter();
  for (const el of elements) {
    out.flush();
    out.setKind('paragraph');
    visit(el, page, out, 'paragraph');
  }
  out.flush();
  // Slideshow and photo pages put their only text in caption-styled boxes; when nothing
  // but captions was found, the captions are the article.
  if (out.blocks.every((b) => b.kind === 'caption')) return out.blocks.map((b) => ({ kind: 'paragraph', text: b.text }));
  return out.blocks;
}
