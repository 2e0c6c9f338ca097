import type { Span } from '../../core/model.js';

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly matched: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface SpanScore {
  /** Spans with identical start and end. */
  readonly exact: PrfScore;
  /** Spans sharing at least one character, paired one to one (largest overlap first). */
  readonly overlap: PrfScore;
}

export function prf(matched: number, predicted: number, gold: number): PrfScore {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, matched, predicted, gold };
}

/** Distinct spans, sorted, so a span predicted twice (two quotes, one speaker) counts once. */
export function distinctSpans(spans: readonly Span[]): Span[] {
  const seen = new Map<string, Span>();
  for (const s of spans) seen.set(`${s.start}:${s.end}`, { start: s.start, end: s.end });
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function countExact(gold: readonly Span[], predicted: readonly Span[]): number {
  const keys = new Set(gold.map((s) => `${s.start}:${s.end}`));
  return predicted.filter((s) => keys.has(`${s.start}:${s.end}`)).length;
}

/** One-to-one pairing of overlapping spans, greedily by overlap length (ties by position). */
export function countOverlap(gold: readonly Span[], predicted: readonly Span[]): number {
  const pairs: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const size = Math.min(g.end, p.end) - Math.max(g.start, p.start);
    if (size > 0) pairs.push({ g: gi, p: pi, size });
  }));
  pairs.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPredicted.add(pair.p);
  }
  return usedGold.size;
}

/** Adds per-document counts into corpus (micro-averaged) scores. */
export class SpanTally {
  private exact = 0;
  private overlap = 0;
  private predicted = 0;
  private gold = 0;

  add(goldSpans: readonly Span[], predictedSpans: readonly Span[]): void {
    const gold = distinctSpans(goldSpans);
    const predicted = distinctSpans(predictedSpans);
    this.exact += countExact(gold, predicted);
    this.overlap += countOverlap(gold, predicted);
    this.predicted += predicted.length;
    this.gold += gold.length;
  }

  score(): SpanScore {
    return { exact: prf(this.exact, this.predicted, this.gold), overlap: prf(this.overlap, this.predicted, this.gold) };
  }
}
