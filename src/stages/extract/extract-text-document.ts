import type { BlockKind } from '../../core/model.js';
import type { TextBlock } from './collect-blocks.js';

export interface TextExtraction {
  readonly title: string;
  readonly blocks: readonly TextBlock[];
}

/**
 * Plain text: paragraphs are separated by blank lines; text with no blank line at all is
 * one paragraph per line (wire copy and pasted text often come that way). Without a title
 * hint the first non-empty line is the title and also the first block (kind `title`), so no
 * text is lost.
 */
export function extractTextDocument(body: string, hintTitle: string | undefined): TextExtraction {
  const text = body.replace(/\r\n?/g, '\n');
  const pieces = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n+/) : text.split('\n');
  const paragraphs = pieces.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const blocks: TextBlock[] = [];
  let title = hintTitle?.trim() ?? '';
  if (title === '') {
    const firstLine = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l !== '') ?? '';
    title = firstLine;
    if (firstLine !== '') {
      blocks.push({ kind: 'title', text: firstLine });
      const first = paragraphs[0];
      // The title line may open the first paragraph; keep the rest of it as its own block.
      if (first !== undefined) {
        const rest = first.slice(firstLine.length).trim();
        paragraphs.shift();
        if (rest !== '') paragraphs.unshift(rest);
      }
    }
  }
  const kind: BlockKind = 'paragraph';
  for (const p of paragraphs) blocks.push({ kind, text: p });
  return { title, blocks };
}
