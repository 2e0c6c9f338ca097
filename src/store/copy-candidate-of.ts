import type { ArticleAnalysis } from '../core/model.js';
import { copyCandidate, type CopyCandidate } from '../stages/dedupe/index.js';

/** What copy detection needs of a stored article (both stores' copy indexes). */
export function copyCandidateOf(analysis: ArticleAnalysis): CopyCandidate {
  const fingerprint = analysis.fingerprint ?? { minhash: [], simhash: '', terms: [], exactHash: '' };
  return copyCandidate(analysis.article, analysis.sentences, fingerprint);
}
