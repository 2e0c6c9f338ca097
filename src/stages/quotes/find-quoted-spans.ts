import type { Article, Span } from '../../core/model.js';

/** A passage between quotation marks. `start`/`end` include the marks. */
export interface QuotedSpan extends Span {
  readonly block: number;
  /** The quote ran over a paragraph break ("…\n\n“…”"). */
  readonly multiParagraph: boolean;
}

const OPEN = new Set(['“', '"', '«', '„']);
/** The mark that closes each opening mark. */
const CLOSER: Readonly<Record<string, string>> = { '“': '”', '„': '“', '«': '»', '"': '"', "''": "''" };

/** The quotation mark at `index`: one character, or two apostrophes (some wire copy's `''`). */
function markAt(text: string, index: number): string {
  return text.startsWith("''", index) ? "''" : text[index] ?? '';
}

/** A straight quote opens when nothing word-like is glued to its left. */
function opensHere(text: string, index: number): boolean {
  const ch = markAt(text, index);
  if (ch !== '"' && ch !== "''") return OPEN.has(ch);
  return index === 0 || /[\s(\[—–\-:]/.test(text[index - 1] ?? ' ');
}

interface OpenQuote { start: number; block: number; multi: boolean; mark: string; depth: number }

/** Advances an open quotation by one character; true when this character closes it. */
function closesAt(open: OpenQuote, ch: string): boolean {
  // Copy mixing styles ("…” or “…") is common enough that either double mark closes.
  if ((open.mark === '"' && ch === '”') || (open.mark === '“' && ch === '"' && open.depth === 1)) return true;
  const closer = CLOSER[open.mark] ?? '"';
  if (ch === open.mark && closer !== ch) { open.depth++; return false; }
  if (ch !== closer) return false;
  open.depth--;
  return open.depth === 0;
}

function startsWithQuote(text: string, block: Span): boolean {
  const body = text.slice(block.start, block.end);
  return OPEN.has(markAt(body.trimStart(), 0)) || body.trimStart().startsWith("''");
}

/**
 * Direct-quote passages of the article. A quotation left open at the end of a paragraph
 * continues into the next paragraph when that paragraph opens with a quotation mark (the
 * news convention for a quote running over several paragraphs); otherwise it ends with its
 * paragraph. Boilerplate blocks are skipped.
 */
export function findQuotedSpans(article: Article): QuotedSpan[] {
  const { text, blocks } = article;
  const spans: QuotedSpan[] = [];
  let open: OpenQuote | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'boilerplate') { open = null; continue; }
    let i = block.start;
    const carried = open as OpenQuote | null;
    if (carried && startsWithQuote(text, block)) {
      carried.multi = true;
      carried.depth = 1;
      const first = block.start + (text.slice(block.start, block.end).length - text.slice(block.start, block.end).trimStart().length);
      i = first + markAt(text, first).length;
    }
    for (; i < block.end; i++) {
      const ch = markAt(text, i);
      if (open === null) {
        if (opensHere(text, i)) open = { start: i, block: b, multi: false, mark: ch, depth: 1 };
      } else if (closesAt(open, ch)) {
        spans.push({ start: open.start, end: i + ch.length, block: open.block, multiParagraph: open.multi });
        open = null;
      }
      i += ch.length - 1;
    }
    const next = blocks[b + 1];
    if (open && !(next && next.kind !== 'boilerplate' && startsWithQuote(text, next))) {
      spans.push({ start: open.start, end: block.end, block: open.block, multiParagraph: open.multi });
      open = null;
    }
  }
  return spans;
}
