import type { Article, Block } from '../../core/model.js';
import { boilerplateRule } from './boilerplate-rules.js';
import { isRecurringLine, normaliseLine, type LineStats } from './line-stats.js';

/** A heading that opens a list of other stories. */
const RELATED_HEADING = /^(related( stories| articles| coverage| content| links)?|more (stories|news|from|on|like this)\b.*|more\b.{0,30}\b(stories|news|articles|reads|coverage|videos)|you (may|might) also (like|be interested in)|recommended( for you)?|most (read|popular|viewed)|top stories|trending( now)?|what to read next|further reading|latest (news|stories)|tags|topics|filed under|categories)$/i;
/** Entries of a related-story list are headline-sized (list items may carry a dek too). */
const LIST_ENTRY_CHARS = 150;
const LIST_ITEM_ENTRY_CHARS = 300;
/**
 * Trailing lines shorter than this without final punctuation are credits, tags and
 * navigation left at the end ("Photo: Jane Doe", "Politics", "Next article"). 80 characters
 * is the length of a long headline, the longest such line we expect.
 */
const TAIL_LINE_CHARS = 80;
const FINAL_PUNCTUATION = /[.!?…"”’')\]:。！？」』]$/u;
/** "— Jane Doe (@jdoe) March 5, 2024": the attribution line of an embedded post is content. */
const POST_ATTRIBUTION = /^[—–-]\s*\S.*\(@\w+\)/u;

type Marks = (string | null)[];

function markRelatedLists(texts: readonly string[], blocks: readonly Block[], marks: Marks): void {
  for (let i = 0; i < texts.length; i++) {
    if (!RELATED_HEADING.test((texts[i] ?? '').replace(/[:.»>]+$/, '').trim())) continue;
    let j = i + 1;
    const fits = (k: number): boolean => (texts[k] ?? '').length <= (blocks[k]?.kind === 'list-item' ? LIST_ITEM_ENTRY_CHARS : LIST_ENTRY_CHARS);
    while (j < texts.length && fits(j) && blocks[j]?.kind !== 'heading') j++;
    // Only a heading followed by at least one headline-sized entry, or one that ends the article.
    if (j > i + 1 || j === texts.length) for (let k = i; k < j; k++) marks[k] ??= 'related-list';
  }
}

/**
 * The tail rule marks at most this many blocks. A longer run of short unpunctuated lines
 * at the end is a list written as paragraphs (tour dates, results, prices) and is content;
 * furniture tails are one to three lines ("Comments", "Filed under: …", an e-mail address).
 */
const MAX_TAIL_BLOCKS = 3;

function isShortTailLine(text: string, kind: Block['kind'] | undefined): boolean {
  // A closing list (list items) is content even without punctuation.
  if (kind === 'title' || kind === 'list-item') return false;
  return text.length < TAIL_LINE_CHARS && !FINAL_PUNCTUATION.test(text) && !POST_ATTRIBUTION.test(text);
}

function markShortTail(texts: readonly string[], blocks: readonly Block[], marks: Marks): void {
  // Marks already set by other rules (related lists, prompts) extend the tail without counting.
  const run: number[] = [];
  for (let i = texts.length - 1; i > 0 && i >= texts.length / 2; i--) {
    if (marks[i] != null) continue;
    if (!isShortTailLine(texts[i] ?? '', blocks[i]?.kind)) break;
    run.push(i);
    if (run.length > MAX_TAIL_BLOCKS) return;
  }
  for (const k of run) marks[k] = 'short-tail';
}

/**
 * The blocks with boilerplate re-marked (kind `boilerplate`, `reason` = rule name); the
 * article-free core of `cleanArticle`, also used to score extraction alone.
 */
export function markBoilerplate(
  text: string,
  blocks: readonly Block[],
  title: string,
  recurring: (blockText: string) => boolean = () => false,
): Block[] {
  const texts = blocks.map((b) => text.slice(b.start, b.end));
  const headline = normaliseLine(title);
  const marks: Marks = blocks.map((block, i) => {
    if (block.kind === 'boilerplate') return block.reason ?? 'boilerplate';
    if (block.kind === 'title') return null;
    const blockText = texts[i] ?? '';
    if (headline !== '' && normaliseLine(blockText) === headline) return 'repeats-headline';
    return boilerplateRule(blockText) ?? (recurring(blockText) ? 'recurring-line' : null);
  });
  markRelatedLists(texts, blocks, marks);
  markShortTail(texts, blocks, marks);
  return blocks.map((block, i): Block => {
    const reason = marks[i];
    return reason == null ? block : { start: block.start, end: block.end, kind: 'boilerplate', reason };
  });
}

/**
 * The extraction confidence lowered by the share of text the clean stage marked as
 * boilerplate. Half weight: boilerplate found and marked is a smaller problem than
 * boilerplate missed.
 */
export function confidenceAfterCleaning(confidence: number, before: readonly Block[], after: readonly Block[]): number {
  let total = 0;
  let marked = 0;
  after.forEach((block, i) => {
    total += block.end - block.start;
    if (block.kind === 'boilerplate' && before[i]?.kind !== 'boilerplate') marked += block.end - block.start;
  });
  const share = total === 0 ? 1 : marked / total;
  return Math.round(confidence * (1 - 0.5 * share) * 1000) / 1000;
}

/**
 * Marks boilerplate blocks (kind `boilerplate`, `reason` = rule name) without touching the
 * text, so every offset stays valid, and lowers the extraction confidence by the share of
 * text that turned out to be boilerplate.
 */
export function cleanArticle(article: Article, stats?: LineStats): Article {
  const blocks = markBoilerplate(article.text, article.blocks, article.title, (text) => isRecurringLine(stats, article.outlet, text));
  const confidence = confidenceAfterCleaning(article.extraction.confidence, article.blocks, blocks);
  return { ...article, blocks, extraction: { ...article.extraction, confidence } };
}
