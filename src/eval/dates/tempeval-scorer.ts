/**
 * TempEval-3 Task A scoring of time expressions: strict (identical span) and relaxed (any
 * overlap, paired one to one) precision/recall/F1, and value/type F1 = (share of relaxed
 * pairs with the same value/type) × relaxed F1. Counts are summed over the corpus.
 */

export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TimexCounts {
  readonly gold: number;
  readonly system: number;
  readonly strict: number;
  readonly relaxed: number;
  readonly valueMatches: number;
  readonly typeMatches: number;
}

export interface PrF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TimexScores {
  readonly counts: TimexCounts;
  readonly strict: PrF;
  readonly relaxed: PrF;
  /** Share of relaxed pairs with the gold value (the "normalisation accuracy" some papers report). */
  readonly valueAccuracy: number;
  readonly valueF1: number;
  readonly typeF1: number;
}

export const EMPTY_COUNTS: TimexCounts = { gold: 0, system: 0, strict: 0, relaxed: 0, valueMatches: 0, typeMatches: 0 };

/** Spans compared on their trimmed extent, so surrounding white space never decides a match. */
function trimmed(text: string, span: ScoredTimex): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** A gold expression and the system expression paired with it (relaxed match). */
export interface TimexPair {
  readonly gold: ScoredTimex;
  readonly system: ScoredTimex;
  /** Identical trimmed spans. */
  readonly strict: boolean;
}

/**
 * Matches one document's system spans to gold spans. Pairing is one to one: each gold span
 * takes the first unpaired system span that overlaps it, preferring an identical one.
 */
export function pairDocument(text: string, gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexPair[] {
  const used = new Set<number>();
  const pairs: TimexPair[] = [];
  for (const g of gold) {
    const gs = trimmed(text, g);
    let pick = -1;
    for (let i = 0; i < system.length; i++) {
      const s = system[i];
      if (!s || used.has(i)) continue;
      const ss = trimmed(text, s);
      if (ss.start === gs.start && ss.end === gs.end) { pick = i; break; }
      if (pick < 0 && ss.start < gs.end && gs.start < ss.end) pick = i;
    }
    const s = system[pick];
    if (!s) continue;
    used.add(pick);
    const ss = trimmed(text, s);
    pairs.push({ gold: g, system: s, strict: ss.start === gs.start && ss.end === gs.end });
  }
  return pairs;
}

export function countDocument(text: string, gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): TimexCounts {
  const pairs = pairDocument(text, gold, system);
  return {
    gold: gold.length, system: system.length, strict: pairs.filter((p) => p.strict).length, relaxed: pairs.length,
    valueMatches: pairs.filter((p) => p.system.value === p.gold.value).length,
    typeMatches: pairs.filter((p) => p.system.type === p.gold.type).length,
  };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
    valueMatches: a.valueMatches + b.valueMatches, typeMatches: a.typeMatches + b.typeMatches,
  };
}

function prf(matches: number, system: number, gold: number): PrF {
  const precision = system === 0 ? 0 : matches / system;
  const recall = gold === 0 ? 0 : matches / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreCounts(counts: TimexCounts): TimexScores {
  const relaxed = prf(counts.relaxed, counts.system, counts.gold);
  const accuracy = (n: number) => (counts.relaxed === 0 ? 0 : n / counts.relaxed);
  return {
    counts,
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed,
    valueAccuracy: accuracy(counts.valueMatches),
    valueF1: accuracy(counts.valueMatches) * relaxed.f1,
    typeF1: accuracy(counts.typeMatches) * relaxed.f1,
  };
}
