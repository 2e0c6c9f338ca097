import { STOPWORDS } from '../fingerprint/index.js';
import type { CorefDocument } from './coref-types.js';
import { lemmaOf } from './head-lemma.js';

export type Vector = ReadonlyMap<string, number>;

/**
 * Weight of a capitalised word (not sentence-initial): names tell one seminal event from
 * another of the same kind (two rehab check-ins, two earthquakes). 3 was best of 1, 3, 10
 * on the train topics.
 */
const NAME_WEIGHT = 3;

/** Content-word lemma counts of a document, names weighted up. */
export function termCounts(doc: CorefDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences.values()) {
    sentence.forEach((word, i) => {
      if (!/\p{L}/u.test(word)) return;
      const lower = word.toLowerCase();
      if (lower.length < 3 || STOPWORDS.has(lower) || lower.startsWith('http')) return;
      const name = i > 0 && /^\p{Lu}/u.test(word);
      const lemma = lemmaOf(lower);
      counts.set(lemma, (counts.get(lemma) ?? 0) + (name ? NAME_WEIGHT : 1));
    });
  }
  return counts;
}

/**
 * The particulars of a document: names (capitalised words inside sentences) and numbers
 * ("Rahman", "2008", "6.1"). Two reports of one event share most of them; two events of
 * one kind share the kind's words but not these.
 */
export function particulars(doc: CorefDocument): Set<string> {
  const found = new Set<string>();
  for (const sentence of doc.sentences.values()) {
    sentence.forEach((word, i) => {
      if (/^\d[\d.,]*$/.test(word)) found.add(word);
      else if (i > 0 && /^\p{Lu}/u.test(word) && word.length >= 3 && !STOPWORDS.has(word.toLowerCase())) found.add(lemmaOf(word));
    });
  }
  return found;
}

/** TF-IDF vectors (log tf, smoothed idf over the given documents), unit length. */
export function tfidfVectors(docs: readonly CorefDocument[]): Vector[] {
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

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}
