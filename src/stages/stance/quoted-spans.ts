import type { Article, Span } from '../../core/model.js';

/**
 * Where the article's text sits between quotation marks. Curly quotes pair up inside a
 * block and may run over several sentences ("“We kept our promise. We will keep the next
 * one,” she said."); straight double quotes pair up inside a block, in order. A quote
 * opened and never closed runs to the end of its block (news style for multi-paragraph
 * quotes leaves the closing mark off).
 */
export function quotedSpans(article: Article): Span[] {
  const spans: Span[] = [];
  for (const block of article.blocks) {
    const text = article.text.slice(block.start, block.end);
    let open: number | null = null;
    let straightOpen: number | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '“') open ??= i;
      else if (c === '”' && open !== null) {
        spans.push({ start: block.start + open + 1, end: block.start + i });
        open = null;
      } else if (c === '"') {
        if (straightOpen === null) straightOpen = i;
        else {
          spans.push({ start: block.start + straightOpen + 1, end: block.start + i });
          straightOpen = null;
        }
      }
    }
    if (open !== null) spans.push({ start: block.start + open + 1, end: block.end });
  }
  return spans;
}

/** One flag per UTF-16 offset of the text: 1 inside a quoted span. Built once per article. */
export function quotedMask(textLength: number, spans: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(textLength);
  for (const span of spans) mask.fill(1, span.start, span.end);
  return mask;
}

/** Share of the sentence's letters and digits inside the quoted mask. */
export function shareInside(text: string, sentence: Span, mask: Uint8Array): number {
  let letters = 0;
  let inside = 0;
  for (let at = sentence.start; at < sentence.end; at++) {
    if (!/[\p{L}\p{N}]/u.test(text[at] ?? '')) continue;
    letters++;
    inside += mask[at] ?? 0;
  }
  return letters === 0 ? 0 : inside / letters;
}

/**
 * The sentence with every word inside quotation marks blanked (offsets kept), so a quoted
 * opinion does not count as the writer's. Only quotation marks: the quotes stage's
 * reported speech ("X said that …") is the writer's own wording and keeps its cues.
 */
export function ownWords(text: string, sentence: Span, mask: Uint8Array): string {
  let out = '';
  for (let at = sentence.start; at < sentence.end; at++) out += mask[at] === 1 ? ' ' : text[at] ?? '';
  return out;
}
