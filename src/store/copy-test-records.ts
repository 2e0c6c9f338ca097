import type { ArticleAnalysis } from '../core/model.js';
import type { CopyCandidate } from '../stages/dedupe/index.js';

/** For the copy-index tests of both stores: the least a stored article needs for copy detection, an id and a fingerprint. */
export function copyTestAnalysis(id: string, fingerprint: CopyCandidate['fingerprint']): ArticleAnalysis {
  return {
    article: {
      id, sourceHash: 'h_source', locator: `${id}.txt`, format: 'text', outlet: 'The Test Herald', url: null, canonicalUrl: null,
      title: id, authors: [], modified: null, language: 'en', section: null, text: '', blocks: [], published: null,
      extraction: { method: 'text.v1', confidence: 1 }, extra: {},
    },
    sentences: [], timexes: [], mentions: [], quotes: [], sentenceLabels: [], articleType: 'news', fingerprint,
  };
}
