import type { Article, Sentence } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { splitSentences } from './split-sentences.js';
import { datelineLength } from './dateline.js';

export { splitSentences } from './split-sentences.js';
export { tokenize } from './tokenize.js';
export { datelineLength } from './dateline.js';

export const SEGMENT_STAGE = 'segment.rules.v1';

/** Sentences of every block of the article, with absolute offsets and their block index. */
export function segmentArticle(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    const blockText = article.text.slice(block.start, block.end);
    const dateline = block.kind === 'paragraph' ? datelineLength(blockText) : 0;
    if (dateline > 0) sentences.push({ ...trimSpan(article.text, { start: block.start, end: block.start + dateline }), block: index });
    for (const span of splitSentences(blockText.slice(dateline), block.start + dateline)) sentences.push({ ...span, block: index });
  });
  return sentences;
}
