import type { Article } from '../../core/model.js';
import { fixtureArticle } from '../../stages/entities/fixture-article.js';
import type { ConllDocument } from './read-conll.js';

/** Per sentence, per token: [start, end) in the article text. */
export type ConllOffsets = readonly (readonly (readonly [number, number])[])[];

/**
 * A CoNLL document as an article: tokens joined by spaces, each sentence its own paragraph,
 * the first one the title (CoNLL documents open with a headline), with each token's offsets.
 */
export function conllArticle(doc: ConllDocument): { article: Article; offsets: ConllOffsets } {
  let text = '';
  const offsets = doc.sentences.map((sentence, s) => {
    if (s > 0) text += '\n\n';
    return sentence.map((token, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += token.text;
      return [start, text.length] as const;
    });
  });
  return { article: fixtureArticle(text, { titleFirst: true }), offsets };
}
