/**
 * The Article Extraction Benchmark metric, as the benchmark's `evaluate.py` computes it:
 * 4-gram word shingles as multisets, per-document precision/recall, corpus means of those,
 * and F1 of the means. Reproduces the published full-precision scores of the shipped
 * reference outputs to 1e-9 (see aeb-metric.test.ts).
 */

export interface ExtractionScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  /** Share of documents whose token sequence equals the gold token sequence. */
  readonly accuracy: number;
  readonly documents: number;
}

export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

const SHINGLE_SIZE = 4;

/** Python's `re.findall(r'\w+', text)` in Unicode mode: letters, numbers and underscore. */
export function aebTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** 4-gram shingles of the tokens; a 1–3-token text is one shorter shingle, an empty text none. */
function shingleCounts(text: string): Map<string, number> {
  const tokens = aebTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/**
 * True/false positives and false negatives of one document, divided by their sum the way
 * `evaluate.py` does (the ratios are unchanged; dividing keeps float rounding identical).
 */
export function matchShingles(gold: string, predicted: string): ShingleCounts {
  const g = shingleCounts(gold);
  const p = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const t = g.get(key) ?? 0;
    const q = p.get(key) ?? 0;
    tp += Math.min(t, q);
    fp += Math.max(0, q - t);
    fn += Math.max(0, t - q);
  }
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp, fp, fn };
}

export function shinglePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function shingleRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function sameTokens(a: string, b: string): boolean {
  const x = aebTokens(a);
  const y = aebTokens(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** One document's figures; precision or recall is null when the metric leaves it out of the mean. */
export interface DocumentScore {
  readonly id: string;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly identical: boolean;
}

/**
 * Per-document precision and recall over every gold document. A document missing from
 * `predicted` counts as an empty prediction (the reference outputs cover all documents, so
 * this choice does not affect the published numbers).
 */
export function scoreDocuments(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): DocumentScore[] {
  const out: DocumentScore[] = [];
  for (const [id, goldText] of gold) {
    const predText = predicted.get(id) ?? '';
    const counts = matchShingles(goldText, predText);
    out.push({
      id,
      precision: counts.tp + counts.fp > 0 ? shinglePrecision(counts) : null,
      recall: counts.tp + counts.fn > 0 ? shingleRecall(counts) : null,
      identical: sameTokens(goldText, predText),
    });
  }
  return out;
}

/** Corpus figures of a set of documents: means of P and R, F1 of the means. */
export function aggregateScores(documents: readonly DocumentScore[]): ExtractionScore {
  const precision = mean(documents.flatMap((d) => (d.precision === null ? [] : [d.precision])));
  const recall = mean(documents.flatMap((d) => (d.recall === null ? [] : [d.recall])));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const identical = documents.filter((d) => d.identical).length;
  return { f1, precision, recall, accuracy: documents.length > 0 ? identical / documents.length : 0, documents: documents.length };
}

/** Scores predictions against gold over every gold document (see `scoreDocuments`). */
export function scoreExtraction(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ExtractionScore {
  return aggregateScores(scoreDocuments(gold, predicted));
}
