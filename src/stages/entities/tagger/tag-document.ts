import { documentContext, type DocumentContext } from './document-context.js';
import type { FeatureTable } from './feature-table.js';
import { viterbiDecode } from './viterbi-decode.js';
import { decodeWithMargins, type DecodedSentence } from './decode-with-margins.js';
import { nonLocalFeatures } from './non-local-features.js';
import type { Weights } from './perceptron.js';
import { contextFeatures, wordFeatures } from './token-features.js';
import type { WordClusters } from './word-clusters.js';

/** A trained tagger: one feature table, the weights of both stages, the word clusters. */
export interface TaggerModel {
  readonly table: FeatureTable;
  readonly stage1: Weights;
  readonly stage2: Weights;
  readonly clusters: WordClusters;
}

/** A document prepared for tagging: local feature ids per token, and lower-cased words. */
export interface PreparedDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly context: DocumentContext;
  readonly local: readonly (readonly Int32Array[])[];
  readonly lowers: readonly (readonly string[])[];
}

/** Per sentence, per token: the rule finder's label for the token (see `ruleHints`). */
export type Hints = readonly (readonly string[])[];

/** Per frozen table: ids of each word's own features, keyed by headline case and word. */
const wordCache = new WeakMap<FeatureTable, Map<string, Int32Array>>();

/** Words cached per model; the cache starts over when full (news vocabularies are open). */
const WORD_CACHE_SIZE = 200_000;

function wordIds(table: FeatureTable, clusters: WordClusters, word: string, inCaps: boolean): Int32Array {
  if (table.isGrowing) return table.idsOf(wordFeatures(word, inCaps, clusters));
  let cache = wordCache.get(table);
  if (!cache || cache.size >= WORD_CACHE_SIZE) { cache = new Map(); wordCache.set(table, cache); }
  const key = inCaps ? `^${word}` : word;
  let ids = cache.get(key);
  if (!ids) { ids = table.idsOf(wordFeatures(word, inCaps, clusters)); cache.set(key, ids); }
  return ids;
}

export function prepareDocument(table: FeatureTable, clusters: WordClusters, sentences: readonly (readonly string[])[], hints?: Hints): PreparedDocument {
  const context = documentContext(sentences);
  const local = sentences.map((words, s) => contextFeatures(words, s, context, clusters, hints?.[s]).map((f, i) => {
    const own = wordIds(table, clusters, words[i]!, context.capsSentence[s] ?? false);
    const around = table.idsOf(f);
    const joined = new Int32Array(own.length + around.length);
    joined.set(own);
    joined.set(around, own.length);
    return joined;
  }));
  return { sentences, context, local, lowers: sentences.map((words) => words.map((w) => w.toLowerCase())) };
}

/** Local ids joined with the non-local ids computed from first-stage labels. */
export function secondStageIds(table: FeatureTable, doc: PreparedDocument, stage1: readonly (readonly number[])[]): Int32Array[][] {
  const extra = nonLocalFeatures(doc.sentences, stage1, doc.context);
  return doc.local.map((tokens, s) => tokens.map((ids, i) => {
    const more = table.idsOf(extra[s]![i]!);
    const joined = new Int32Array(ids.length + more.length);
    joined.set(ids);
    joined.set(more, ids.length);
    return joined;
  }));
}

/**
 * BILOU label indexes for every token of a document (sentences of words): a first pass
 * with local features, then a second pass that also sees how the first labelled the same
 * words elsewhere in the document.
 */
export function tagDocument(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): number[][] {
  const doc = prepareDocument(model.table, model.clusters, sentences, hints);
  const first = doc.local.map((ids, s) => viterbiDecode(model.stage1, model.table, ids, doc.lowers[s]!));
  const ids = secondStageIds(model.table, doc, first);
  return ids.map((tokens, s) => viterbiDecode(model.stage2, model.table, tokens, doc.lowers[s]!));
}

/**
 * As `tagDocument`, with each token's second-stage margin: how much the model would lose by
 * giving the token another type (`decodeWithMargins`).
 */
export function tagDocumentWithMargins(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): DecodedSentence[] {
  const doc = prepareDocument(model.table, model.clusters, sentences, hints);
  const first = doc.local.map((ids, s) => viterbiDecode(model.stage1, model.table, ids, doc.lowers[s]!));
  const ids = secondStageIds(model.table, doc, first);
  return ids.map((tokens, s) => decodeWithMargins(model.stage2, model.table, tokens, doc.lowers[s]!));
}

/** Whether the tagger saw `word` in training (it has a weight for the word itself). */
export function knowsWord(model: TaggerModel, word: string): boolean {
  return model.table.id(`w=${word}`) >= 0;
}
