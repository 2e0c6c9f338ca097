import type { ConllChunk } from './read-conll.js';

export interface NerScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function score(gold: number, predicted: number, correct: number): NerScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), gold, predicted, correct };
}

const chunkKey = (c: ConllChunk): string => `${c.sentence}:${c.start}:${c.end}:${c.type}`;

/**
 * conlleval's exact-span micro scores: a predicted chunk is correct when a gold chunk has the
 * same sentence, token range and type. Accumulates over documents; `overall` and `byType`.
 */
export class NerTally {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(gold: readonly ConllChunk[], predicted: readonly ConllChunk[]): void {
    const goldKeys = new Set(gold.map(chunkKey));
    for (const c of gold) this.bump(c.type, 'gold');
    for (const c of new Map(predicted.map((p) => [chunkKey(p), p])).values()) {
      this.bump(c.type, 'predicted');
      if (goldKeys.has(chunkKey(c))) this.bump(c.type, 'correct');
    }
  }

  private bump(type: string, field: 'gold' | 'predicted' | 'correct'): void {
    const entry = this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    entry[field]++;
    this.counts.set(type, entry);
  }

  byType(): Record<string, NerScore> {
    const types = [...this.counts.keys()].sort();
    return Object.fromEntries(types.map((t) => {
      const c = this.counts.get(t)!;
      return [t, score(c.gold, c.predicted, c.correct)];
    }));
  }

  overall(): NerScore {
    let [gold, predicted, correct] = [0, 0, 0];
    for (const c of this.counts.values()) { gold += c.gold; predicted += c.predicted; correct += c.correct; }
    return score(gold, predicted, correct);
  }
}
