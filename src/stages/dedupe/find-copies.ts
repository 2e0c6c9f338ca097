import { lshBands } from '../fingerprint/index.js';
import { classifyCopy } from './classify-copy.js';
import type { CopyCandidate, CopyIndex, CopyMatch } from './copy-types.js';

/** Articles fetched per LSH lookup; copies share many bands and rank first. */
export const BAND_CANDIDATE_LIMIT = 50;

const RELATION_ORDER = { exact: 0, near: 1, updated: 2, syndicated: 3 } as const;

/**
 * Copies of `article` already in the index, best first. Candidates come only from the
 * exact-hash and LSH-band lookups: never a scan of the store.
 */
export function findCopies(article: CopyCandidate, index: CopyIndex): CopyMatch[] {
  const candidates = new Map<string, CopyCandidate>();
  for (const candidate of index.byExactHash(article.fingerprint.exactHash)) candidates.set(candidate.articleId, candidate);
  for (const candidate of index.byBands(lshBands(article.fingerprint.minhash), BAND_CANDIDATE_LIMIT)) {
    if (!candidates.has(candidate.articleId)) candidates.set(candidate.articleId, candidate);
  }
  const matches: CopyMatch[] = [];
  for (const candidate of candidates.values()) {
    const match = classifyCopy(article, candidate);
    if (match) matches.push(match);
  }
  return matches.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
  );
}
