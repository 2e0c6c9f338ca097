import { minhashSimilarity, normaliseWords } from '../fingerprint/index.js';
import type { CopyCandidate, CopyMatch } from './copy-types.js';

// Thresholds on estimated 5-shingle Jaccard. Two independently written reports of one event
// (same facts, same quotes, different wording) stay below about 0.15 on our fixtures and in
// the literature on news near-duplicates, so every copy threshold sits well above that:
// a conservative choice that prefers a missed copy to two reports merged as one.
/** Same outlet, almost the same text (small corrections, a changed byline). */
const NEAR_JACCARD = 0.8;
/** Different outlet: the same story with added or removed boilerplate and edits. */
const SYNDICATED_JACCARD = 0.5;
/** Same outlet and a matching title or URL: a moderately edited update. */
const UPDATED_JACCARD = 0.3;
/**
 * A truncated copy: the shorter text lies (almost) wholly inside the longer one. The estimate
 * below is noisy (a 40% truncation, true containment ≈ 1, often estimates 0.6–0.8), so the
 * bar sits at 0.6 with a Jaccard floor of 0.15. Measured on the copies benchmark
 * (src/eval/copies, 2,900 Timeline17 and Multi-News reports, 2,100 copies, seed 20240305):
 * 0.8 / 0.2 missed 45 copies; 0.6 / 0.15 found all but 2 with no false pair; 0.5 / 0.1 made
 * 9 false pairs and 0.4 / 0.08 made 111 (6 between distinct reports of one event). So the
 * chosen bar keeps one step of margin on each side.
 */
const CONTAINMENT = 0.6;
/** …but a containment estimate from a Jaccard this low is noise. */
const CONTAINMENT_MIN_JACCARD = 0.15;

/**
 * How `other` relates to `article`, or null when it is not a copy. Exact hashes decide
 * `exact`; otherwise MinHash Jaccard J and an estimate of the shorter text's containment
 * in the longer, C = J·(1 + long/short)/(1 + J), from the two text lengths.
 */
export function classifyCopy(article: CopyCandidate, other: CopyCandidate): CopyMatch | null {
  // An article with no content of its own (all boilerplate) is a copy of nothing: otherwise
  // every empty page would be an "exact copy" of every other.
  if (article.articleId === other.articleId || article.textLength === 0 || other.textLength === 0) return null;
  if (article.fingerprint.exactHash === other.fingerprint.exactHash) {
    return { articleId: other.articleId, similarity: 1, relation: 'exact' };
  }
  const jaccard = minhashSimilarity(article.fingerprint.minhash, other.fingerprint.minhash);
  const containment = estimateContainment(jaccard, article.textLength, other.textLength);
  const contained = containment >= CONTAINMENT && jaccard >= CONTAINMENT_MIN_JACCARD;
  const similarity = round(Math.max(jaccard, contained ? containment : 0));
  const match = (relation: CopyMatch['relation']): CopyMatch => ({ articleId: other.articleId, similarity, relation });
  if (article.outlet !== other.outlet) return jaccard >= SYNDICATED_JACCARD || contained ? match('syndicated') : null;
  if (jaccard >= NEAR_JACCARD) return match('near');
  if (jaccard >= SYNDICATED_JACCARD || contained) return match('updated');
  if (jaccard >= UPDATED_JACCARD && sameStem(article, other)) return match('updated');
  return null;
}

export function estimateContainment(jaccard: number, lengthA: number, lengthB: number): number {
  const short = Math.min(lengthA, lengthB);
  const long = Math.max(lengthA, lengthB);
  if (short <= 0) return 0;
  return Math.min(1, (jaccard * (1 + long / short)) / (1 + jaccard));
}

/** Same URL path, or titles sharing at least half their words. */
function sameStem(a: CopyCandidate, b: CopyCandidate): boolean {
  const pathA = urlPath(a.url);
  if (pathA !== null && pathA === urlPath(b.url)) return true;
  const wordsA = new Set(normaliseWords(a.title));
  const wordsB = new Set(normaliseWords(b.title));
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / Math.max(wordsA.size, wordsB.size) >= 0.5;
}

function urlPath(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/i.exec(url);
  const path = match?.[1]?.replace(/\/+$/, '') ?? '';
  return path === '' ? null : path;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
