import type { Article, Fingerprint, Sentence } from '../../core/model.js';
import { contentSentences, normaliseText } from '../fingerprint/index.js';
import type { CopyCandidate } from './copy-types.js';

/** The copy-detection view of an analysed article. */
export function copyCandidate(article: Article, sentences: readonly Sentence[], fingerprint: Fingerprint): CopyCandidate {
  return {
    articleId: article.id,
    outlet: article.outlet,
    published: article.published?.value ?? null,
    title: article.title,
    fingerprint,
    textLength: normaliseText(contentSentences(article, sentences).join(' ')).length,
    url: article.canonicalUrl ?? article.url,
  };
}
