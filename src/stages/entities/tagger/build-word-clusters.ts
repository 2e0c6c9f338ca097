/**
 * Distributional word clusters in a binary hierarchy, a cheap stand-in for Brown clusters:
 * each word is a vector of its left and right neighbours (the most frequent words, weighted
 * by positive PMI), and
 * the vocabulary is split in two again and again by spherical 2-means. A word's path of
 * 0/1 choices is its cluster; prefixes give coarser clusters, as Brown paths do.
 */
export interface ClusterOptions {
  /** Words kept: the most frequent, at least `minCount` times. */
  readonly vocabulary: number;
  readonly minCount: number;
  /** Neighbour words used as vector dimensions (left and right each). */
  readonly contexts: number;
  readonly depth: number;
  /** Clusters smaller than this are not split further. */
  readonly minSize: number;
  readonly iterations: number;
}

function topWords(counts: ReadonlyMap<string, number>, n: number, minCount: number): string[] {
  return [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([w]) => w);
}

function vectors(sentences: Iterable<readonly string[]>, vocab: ReadonlyMap<string, number>, contexts: ReadonlyMap<string, number>): Float32Array {
  const dims = 2 * contexts.size;
  const v = new Float32Array(vocab.size * dims);
  for (const words of sentences) {
    words.forEach((w, i) => {
      const row = vocab.get(w);
      if (row === undefined) return;
      const left = contexts.get(words[i - 1]?.toLowerCase() ?? '<s>');
      const right = contexts.get(words[i + 1]?.toLowerCase() ?? '</s>');
      if (left !== undefined) v[row * dims + left]! += 1;
      if (right !== undefined) v[row * dims + contexts.size + right]! += 1;
    });
  }
  // Positive PMI, so that a neighbour every word has ("the", ",") weighs little.
  const colSums = new Float64Array(dims);
  const rowSums = new Float64Array(vocab.size);
  let total = 0;
  for (let r = 0; r < vocab.size; r++) {
    for (let d = 0; d < dims; d++) { const x = v[r * dims + d]!; colSums[d]! += x; rowSums[r]! += x; total += x; }
  }
  for (let r = 0; r < vocab.size; r++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const x = v[r * dims + d]!;
      const pmi = x > 0 ? Math.log((x * total) / (rowSums[r]! * colSums[d]!)) : 0;
      v[r * dims + d] = pmi > 0 ? pmi : 0;
      norm += v[r * dims + d]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) v[r * dims + d]! /= norm;
  }
  return v;
}

function dot(v: Float32Array, row: number, c: Float64Array, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += v[row * dims + d]! * c[d]!;
  return s;
}

function centroid(v: Float32Array, rows: readonly number[], dims: number): Float64Array {
  const c = new Float64Array(dims);
  for (const r of rows) for (let d = 0; d < dims; d++) c[d]! += v[r * dims + d]!;
  const norm = Math.sqrt(c.reduce((s, x) => s + x * x, 0)) || 1;
  return c.map((x) => x / norm);
}

/**
 * Splits rows (most frequent first) in two; seeds: the most frequent row and the frequent row
 * least like it (among the first thousand: a rare word's vector is mostly noise, or empty).
 */
function split(v: Float32Array, rows: readonly number[], dims: number, iterations: number): [number[], number[]] {
  const a0 = centroid(v, [rows[0]!], dims);
  let seedB = rows[1]!;
  for (const r of rows.slice(1, 1000)) if (dot(v, r, a0, dims) < dot(v, seedB, a0, dims)) seedB = r;
  let [a, b] = [a0, centroid(v, [seedB], dims)];
  let halves: [number[], number[]] = [[...rows], []];
  for (let it = 0; it < iterations; it++) {
    const next: [number[], number[]] = [[], []];
    for (const r of rows) next[dot(v, r, a, dims) >= dot(v, r, b, dims) ? 0 : 1].push(r);
    if (next[0].length === 0 || next[1].length === 0) break;
    halves = next;
    [a, b] = [centroid(v, halves[0], dims), centroid(v, halves[1], dims)];
  }
  if (halves[1].length > 0) return halves;
  // No separation (identical or empty vectors): halve by frequency so the tree still splits.
  const middle = Math.ceil(rows.length / 2);
  return [rows.slice(0, middle), rows.slice(middle)];
}

/** Word → bit path, for the `vocabulary` most frequent words of `sentences` (called twice: counting, then vectors). */
export function buildWordClusters(sentences: () => Iterable<readonly string[]>, options: ClusterOptions): Map<string, string> {
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const words of sentences()) {
    for (const w of words) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + 1);
    }
  }
  const vocabList = topWords(counts, options.vocabulary, options.minCount);
  const vocab = new Map(vocabList.map((w, i) => [w, i]));
  const contexts = new Map(['<s>', '</s>', ...topWords(lowerCounts, options.contexts - 2, 1)].map((w, i) => [w, i]));
  const dims = 2 * contexts.size;
  const v = vectors(sentences(), vocab, contexts);
  const paths = new Map<string, string>();
  const queue: { rows: number[]; path: string }[] = [{ rows: vocabList.map((_, i) => i), path: '' }];
  while (queue.length > 0) {
    const { rows, path } = queue.shift()!;
    if (path.length >= options.depth || rows.length < options.minSize) {
      for (const r of rows) paths.set(vocabList[r]!, path || '0');
      continue;
    }
    const [left, right] = split(v, rows, dims, options.iterations);
    if (left.length === 0 || right.length === 0) { for (const r of rows) paths.set(vocabList[r]!, path || '0'); continue; }
    queue.push({ rows: left, path: `${path}0` }, { rows: right, path: `${path}1` });
  }
  return paths;
}
