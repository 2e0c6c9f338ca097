import type { DocumentContext } from './document-context.js';
import { ENTITY_TYPES, LABELS, labelType } from './labels.js';
import { isCapitalised } from './word-shape.js';

const TYPES = ['', ...ENTITY_TYPES];

/** Tokens whose casing marks them as a possible name: capitalised, or in a capitals headline. */
const nameLike = (word: string, inCaps: boolean): boolean => inCaps || isCapitalised(word);

/**
 * Second-stage features from the first stage's labels (Ratinov & Roth 2009, "two-stage
 * prediction aggregation"): how the first stage labelled the same word elsewhere in the
 * document (each type seen, its share in quarters, the majority), plus the first stage's own
 * label here and next door. "Clinton" typed PER in three places and ORG in one is PER.
 */
export function nonLocalFeatures(sentences: readonly (readonly string[])[], stage1: readonly (readonly number[])[], context: DocumentContext): string[][][] {
  const counts = new Map<string, number[]>();
  const typeIndex = (label: number): number => TYPES.indexOf(labelType(label));
  sentences.forEach((words, s) => words.forEach((w, i) => {
    if (!nameLike(w, context.capsSentence[s] ?? false)) return;
    const key = w.toLowerCase();
    const row = counts.get(key) ?? new Array<number>(TYPES.length).fill(0);
    row[typeIndex(stage1[s]![i]!)]!++;
    counts.set(key, row);
  }));
  return sentences.map((words, s) => words.map((w, i) => {
    const labels = stage1[s]!;
    const f = [`s1=${LABELS[labels[i]!]}`, `s1-1=${i > 0 ? LABELS[labels[i - 1]!] : '<s>'}`, `s1+1=${i + 1 < labels.length ? LABELS[labels[i + 1]!] : '</s>'}`];
    if (!nameLike(w, context.capsSentence[s] ?? false)) return f;
    const row = [...(counts.get(w.toLowerCase()) ?? [])];
    row[typeIndex(labels[i]!)]!--;
    const total = row.reduce((a, b) => a + b, 0);
    if (total === 0) return [...f, 'nl=alone'];
    let best = 0;
    row.forEach((n, t) => {
      if (n === 0) return;
      f.push(`nl=${TYPES[t]}`, `nl=${TYPES[t]}:${Math.round((4 * n) / total)}`);
      if (n > row[best]!) best = t;
    });
    f.push(`nlm=${TYPES[best]}`);
    return f;
  }));
}
