import type { Block } from '../../core/model.js';
import type { TextBlock } from './collect-blocks.js';

/** Joins blocks with blank lines and records each block's exact offsets in the result. */
export function assembleText(blocks: readonly TextBlock[]): { text: string; blocks: Block[] } {
  let text = '';
  const out: Block[] = [];
  for (const block of blocks) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += block.text;
    out.push({ kind: block.kind, start, end: text.length });
  }
  return { text, blocks: out };
}
