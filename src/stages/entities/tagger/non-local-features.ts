import type { DocumentContext } from './document-context.js';
import { featureTemplate, FeatureStringSink, type FeatureSink } from './feature-sink.js';
import { ENTITY_TYPES, LABEL_TYPE, LABELS } from './labels.js';
import { isCapitalised } from './word-shape.js';

const TYPES = ['', ...ENTITY_TYPES];

/** The non-local feature templates, named after their prefixes. */
const T = {
  label: featureTemplate('s1='),
  labelBefore: featureTemplate('s1-1='),
  labelAfter: featureTemplate('s1+1='),
  seen: featureTemplate('nl='),
  majority: featureTemplate('nlm='),
};

/** "PER:3": a type's share of the word's other uses, in quarters (values made once). */
const SHARES = TYPES.map((t) => [0, 1, 2, 3, 4].map((q) => `${t}:${q}`));

/** Tokens whose casing marks them as a possible name: capitalised, or in a capitals headline. */
const nameLike = (word: string, inCaps: boolean): boolean => inCaps || isCapitalised(word);

/**
 * Second-stage features from the first stage's labels (Ratinov & Roth 2009, "two-stage
 * prediction aggregation"): how the first stage labelled the same word elsewhere in the
 * document (each type seen, its share in quarters, the majority), plus the first stage's own
 * label here and next door. "Clinton" typed PER in three places and ORG in one is PER.
 * Written token by token into `sink`, each token closed with `endToken`.
 */
export function writeNonLocalFeatures(sentences: readonly (readonly string[])[], stage1: readonly (readonly number[])[], context: DocumentContext, sink: FeatureSink): void {
  const counts = new Map<string, number[]>();
  sentences.forEach((words, s) => words.forEach((w, i) => {
    if (!nameLike(w, context.capsSentence[s] ?? false)) return;
    const key = w.toLowerCase();
    const row = counts.get(key) ?? new Array<number>(TYPES.length).fill(0);
    row[LABEL_TYPE[stage1[s]![i]!]!]!++;
    counts.set(key, row);
  }));
  sentences.forEach((words, s) => words.forEach((w, i) => {
    const labels = stage1[s]!;
    sink.one(T.label, LABELS[labels[i]!]!);
    sink.one(T.labelBefore, i > 0 ? LABELS[labels[i - 1]!]! : '<s>');
    sink.one(T.labelAfter, i + 1 < labels.length ? LABELS[labels[i + 1]!]! : '</s>');
    if (nameLike(w, context.capsSentence[s] ?? false)) writeOtherUses(counts.get(w.toLowerCase()) ?? [], labels[i]!, sink);
    sink.endToken();
  }));
}

/** The first stage's types for the word's other uses in the document (its own use taken out). */
function writeOtherUses(counts: readonly number[], label: number, sink: FeatureSink): void {
  const row = [...counts];
  row[LABEL_TYPE[label]!]!--;
  const total = row.reduce((a, b) => a + b, 0);
  if (total === 0) { sink.one(T.seen, 'alone'); return; }
  let best = 0;
  row.forEach((n, t) => {
    if (n === 0) return;
    sink.one(T.seen, TYPES[t]!);
    sink.one(T.seen, SHARES[t]![Math.round((4 * n) / total)]!);
    if (n > row[best]!) best = t;
  });
  sink.one(T.majority, TYPES[best]!);
}

/** The non-local features as strings, per sentence and token (training). */
export function nonLocalFeatures(sentences: readonly (readonly string[])[], stage1: readonly (readonly number[])[], context: DocumentContext): string[][][] {
  const sink = new FeatureStringSink();
  writeNonLocalFeatures(sentences, stage1, context, sink);
  let next = 0;
  return sentences.map((words) => words.map(() => sink.tokens[next++]!));
}
