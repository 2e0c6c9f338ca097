import type { FeatureTable } from './feature-table.js';
import { LABEL_COUNT } from './labels.js';
import type { Scorer, Weights } from './perceptron.js';
import { wordFacts, wordFeatures, type WordFacts } from './token-features.js';
import type { WordClusters } from './word-clusters.js';

/** A word as a frozen tagger knows it: the ids of its own features, and the facts its neighbours read. */
export interface WordEntry {
  readonly ids: Int32Array;
  readonly facts: WordFacts;
  /** Per stage's weights: the summed weights of `ids` (see `wordScores`). */
  readonly scores: Map<Weights, Float64Array>;
}

/** Per frozen table (and the clusters it was last used with): entries by headline case and word. */
const caches = new WeakMap<FeatureTable, { clusters: WordClusters; entries: Map<string, WordEntry> }>();

/**
 * Words cached per model; the cache starts over when full (news vocabularies are open). An
 * entry with both stages' scores is about 0.5 kB, so a full cache holds some 50 MB, plus
 * the word-pair ids the entries keep (`FeatureIdMemo.LIMIT` of them at most); CoNLL-2003's
 * eng.train and eng.testa together have 26,884 distinct words.
 */
const WORD_CACHE_SIZE = 100_000;

/**
 * The entry of `word` (in a capitals headline when `inCaps`), computed once per word: shapes,
 * affixes, clusters and list keys are the same wherever the word occurs. Only for a frozen
 * table: a growing one (training) must meet the features in document order.
 */
export function wordEntry(table: FeatureTable, clusters: WordClusters, word: string, inCaps: boolean): WordEntry {
  let cache = caches.get(table);
  if (!cache || cache.clusters !== clusters || cache.entries.size >= WORD_CACHE_SIZE) {
    cache = { clusters, entries: new Map() };
    caches.set(table, cache);
  }
  const key = inCaps ? `^${word}` : word;
  let entry = cache.entries.get(key);
  if (!entry) {
    entry = { ids: table.idsOf(wordFeatures(word, inCaps, clusters)), facts: wordFacts(word, inCaps, clusters), scores: new Map() };
    cache.entries.set(key, entry);
  }
  return entry;
}

/**
 * The weights of a word's own features summed from zero, in id order. A token's score starts
 * with its word's features, so this is the exact partial sum the token's own score begins
 * with: a tagger adds it once per word instead of some fifteen rows per token.
 */
export function wordScores(entry: WordEntry, weights: Weights, scorer: Scorer): Float64Array {
  let scores = entry.scores.get(weights);
  if (!scores) {
    scores = new Float64Array(LABEL_COUNT);
    scorer.addRows(entry.ids, scores);
    entry.scores.set(weights, scores);
  }
  return scores;
}
