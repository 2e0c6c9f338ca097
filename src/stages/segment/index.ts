import type { Article, Sentence } from '../../core/model.js';
import { splitSentences } from './split-sentences.js';

export { splitSentences } from './split-sentences.js';
export { tokenize } from './tokenize.js';

export const SEGMENT_STAGE = 'segment.rules.v1';

/** Sentences of every block of the article, with absolute offsets and their block index. */
export function segmentArticle(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    const blockText = article.text.slice(block.start, block.end);
    for (const span of splitSentences(blockText, block.start)) sentences.push({ ...span, block: index });
  });
  return sentences;
}
