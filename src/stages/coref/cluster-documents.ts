import { STOPWORDS } from '../fingerprint/index.js';
import { lemmaOf } from './head-lemma.js';
import type { CorefDocument } from './coref-types.js';

/**
 * Cosine similarity at which two groups of documents stop being merged (average link).
 * Swept 0.08–0.25 on the ECB+ train topics: 0.16–0.18 recover their 50 sub-topics (one
 * seminal event each) best (48–55 groups, CoNLL 87 against the sub-topics), and 0.18 gives
 * the best entity coreference downstream (CoNLL 76.4 against 76.0 at 0.16, 75.2 at 0.14).
 */
export const DOCUMENT_LINK_THRESHOLD = 0.18;

/**
 * Weight of a capitalised word (not sentence-initial): names tell one seminal event from
 * another of the same kind (two rehab check-ins, two earthquakes). 3 was best of 1, 3, 10
 * on the train topics.
 */
const NAME_WEIGHT = 3;

type Vector = ReadonlyMap<string, number>;

function termCounts(doc: CorefDocument): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, n: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + n);
  };
  for (const sentence of doc.sentences.values()) {
    sentence.forEach((word, i) => {
      if (!/\p{L}/u.test(word)) return;
      const lower = word.toLowerCase();
      if (lower.length < 3 || STOPWORDS.has(lower) || lower.startsWith('http')) return;
      const name = i > 0 && /^\p{Lu}/u.test(word);
      add(lemmaOf(lower), name ? NAME_WEIGHT : 1);
    });
  }
  return counts;
}

/** TF-IDF vectors (log tf, smoothed idf over the given documents), unit length. */
function tfidfVectors(docs: readonly CorefDocument[]): Vector[] {
  const counts = docs.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, n] of c) {
      const w = (1 + Math.log(n)) * Math.log((1 + docs.length) / (1 + (df.get(term) ?? 0)));
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/**
 * Groups documents about the same event (Barhom et al. 2019 cluster documents before
 * resolving mentions): average-link agglomerative clustering of TF-IDF vectors, merging
 * the most similar pair of groups until no pair reaches `threshold`. Returns doc id →
 * group id (the first document id of the group, in input order). Deterministic.
 */
export function clusterDocuments(docs: readonly CorefDocument[], threshold = DOCUMENT_LINK_THRESHOLD): Map<string, string> {
  const vectors = tfidfVectors(docs);
  // sums[i][j]: total pairwise similarity between groups i and j (average = sum / sizes).
  const sums = vectors.map((a) => vectors.map((b) => cosine(a, b)));
  const members = docs.map((_, i) => [i]);
  const alive = docs.map(() => true);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < docs.length; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < docs.length; j++) {
        if (!alive[j]) continue;
        const avg = (sums[i]?.[j] ?? 0) / ((members[i]?.length ?? 1) * (members[j]?.length ?? 1));
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    const rowI = sums[bi] ?? [];
    const rowJ = sums[bj] ?? [];
    for (let k = 0; k < docs.length; k++) {
      rowI[k] = (rowI[k] ?? 0) + (rowJ[k] ?? 0);
      const row = sums[k];
      if (row) row[bi] = rowI[k] ?? 0;
    }
    members[bi] = [...(members[bi] ?? []), ...(members[bj] ?? [])];
    alive[bj] = false;
  }
  const result = new Map<string, string>();
  members.forEach((group, i) => {
    if (!alive[i]) return;
    const id = docs[Math.min(...group)]?.id ?? '';
    for (const m of group) result.set(docs[m]?.id ?? '', id);
  });
  return result;
}
