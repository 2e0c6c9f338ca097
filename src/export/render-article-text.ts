import type { ArticleView } from './stories-document.js';
import { esc, spanAnchor } from './html-escape.js';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title: string;
}

/**
 * An article's clean text as HTML: one element per block (boilerplate dimmed with its
 * reason), one anchor per sentence (what citations point to), and inline marks for quotes,
 * time expressions and entity mentions. Marks are clipped to their sentence so elements
 * always nest.
 */
export function renderArticleText(article: ArticleView, entityNames: ReadonlyMap<string, string>): string {
  const marks = collectMarks(article, entityNames);
  return article.blocks
    .map((block, index) => {
      const sentences = article.sentences.filter((s) => s.start >= block.start && s.end <= block.end);
      const inner = sentences.length === 0
        ? esc(article.text.slice(block.start, block.end))
        : renderSentences(article, sentences, block, marks);
      const tag = block.kind === 'heading' || block.kind === 'title' ? 'h4' : 'p';
      const reason = block.reason ? ` title="boilerplate: ${esc(block.reason)}"` : '';
      return `<${tag} class="block ${block.kind}" data-block="${index}"${reason}>${inner}</${tag}>`;
    })
    .join('\n');
}

function renderSentences(article: ArticleView, sentences: ArticleView['sentences'], block: { start: number; end: number }, marks: readonly Mark[]): string {
  let html = '';
  let cursor = block.start;
  for (const sentence of sentences) {
    html += esc(article.text.slice(cursor, sentence.start));
    const inside = marks.filter((m) => m.start < sentence.end && m.end > sentence.start);
    html += `<span class="s ${sentence.label}" id="${spanAnchor(article.id, sentence.start)}">${renderMarked(article.text, sentence.start, sentence.end, inside)}</span>`;
    cursor = sentence.end;
  }
  return html + esc(article.text.slice(cursor, block.end));
}

/** Text from start to end with marks as nested spans; overlapping marks split into segments. */
function renderMarked(text: string, start: number, end: number, marks: readonly Mark[]): string {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    const active = marks.filter((m) => m.start <= from && m.end >= to);
    const piece = esc(text.slice(from, to));
    html += active.length === 0 ? piece : `<span class="${active.map((m) => m.cls).join(' ')}" title="${esc(active.map((m) => m.title).join(' · '))}">${piece}</span>`;
  }
  return html;
}

function collectMarks(article: ArticleView, entityNames: ReadonlyMap<string, string>): Mark[] {
  const marks: Mark[] = [];
  for (const q of article.quotes) {
    marks.push({ ...q.content, cls: `quote ${q.kind}`, title: `${q.kind} quote${q.speakerName ? ` — ${q.speakerName}` : ''}` });
    if (q.cue) marks.push({ ...q.cue, cls: 'cue', title: 'quote cue' });
  }
  for (const t of article.timexes) marks.push({ start: t.start, end: t.end, cls: 'timex', title: `${t.type} ${t.value}` });
  for (const m of article.mentions) {
    const name = m.entityId ? entityNames.get(m.entityId) ?? m.name : m.name;
    marks.push({ start: m.start, end: m.end, cls: `mention ${m.type}`, title: `${m.type}: ${name}` });
  }
  return marks;
}
