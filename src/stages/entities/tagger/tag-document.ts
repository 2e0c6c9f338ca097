import { documentContext, type DocumentContext } from './document-context.js';
import type { FeatureTable } from './feature-table.js';
import { featureIdMemo, FeatureIdSink } from './feature-sink.js';
import { bestPath, viterbiDecode } from './viterbi-decode.js';
import { decodeScoresWithMargins, decodeWithMargins, type DecodedSentence } from './decode-with-margins.js';
import { historyIds, type HistoryIds } from './history-features.js';
import { LABEL_COUNT } from './labels.js';
import { nonLocalFeatures, writeNonLocalFeatures } from './non-local-features.js';
import { scorerOf, type Scorer, type Weights } from './perceptron.js';
import { contextFeatures, sentenceFacts, wordFeatures, writeContextFeatures } from './token-features.js';
import { wordEntry, wordScores, type WordEntry } from './word-entries.js';
import type { WordClusters } from './word-clusters.js';

/** A trained tagger: one feature table, the weights of both stages, the word clusters. */
export interface TaggerModel {
  readonly table: FeatureTable;
  readonly stage1: Weights;
  readonly stage2: Weights;
  readonly clusters: WordClusters;
}

/** A document prepared for training: local feature ids per token, and lower-cased words. */
export interface PreparedDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly context: DocumentContext;
  readonly local: readonly (readonly Int32Array[])[];
  readonly lowers: readonly (readonly string[])[];
}

/** Per sentence, per token: the rule finder's label for the token (see `ruleHints`). */
export type Hints = readonly (readonly string[])[];

/** `own` then `more`, in one array: the order in which the decoders sum their weights. */
function joined(own: Int32Array, more: ArrayLike<number>): Int32Array {
  const ids = new Int32Array(own.length + more.length);
  ids.set(own);
  ids.set(more, own.length);
  return ids;
}

/**
 * Training: a growing table creates ids as features are met, word by word, in document
 * order: each token's own features, then its context features.
 */
export function prepareDocument(table: FeatureTable, clusters: WordClusters, sentences: readonly (readonly string[])[], hints?: Hints): PreparedDocument {
  const context = documentContext(sentences);
  const local = sentences.map((words, s) => contextFeatures(words, s, context, clusters, hints?.[s]).map((f, i) => {
    const own = table.idsOf(wordFeatures(words[i]!, context.capsSentence[s] ?? false, clusters));
    return joined(own, table.idsOf(f));
  }));
  return { sentences, context, local, lowers: sentences.map((words) => words.map((w) => w.toLowerCase())) };
}

/** Local ids joined with the non-local ids computed from first-stage labels. */
export function secondStageIds(table: FeatureTable, doc: PreparedDocument, stage1: readonly (readonly number[])[]): Int32Array[][] {
  const extra = nonLocalFeatures(doc.sentences, stage1, doc.context);
  return doc.local.map((tokens, s) => tokens.map((ids, i) => joined(ids, table.idsOf(extra[s]![i]!))));
}

/**
 * A document prepared for tagging by a frozen model: each word's cached entry (own feature
 * ids and their summed weights) and each sentence's context feature ids, looked up without
 * building feature strings (`FeatureIdSink`). The ids, and the order their weights are
 * added in, are those of `prepareDocument`, so scores are the same to the last bit.
 */
interface TaggingDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly context: DocumentContext;
  readonly entries: readonly (readonly WordEntry[])[];
  readonly contextIds: readonly FeatureIdSink[];
  readonly history: readonly (readonly HistoryIds[])[];
}

function prepareForTagging(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): TaggingDocument {
  const { table, clusters } = model;
  const context = documentContext(sentences);
  const memo = featureIdMemo(table);
  const entries = sentences.map((words, s) => words.map((w) => wordEntry(table, clusters, w, context.capsSentence[s] ?? false)));
  const contextIds = sentences.map((words, s) => {
    const sentence = sentenceFacts(entries[s]!.map((e) => e.facts), context.capsSentence[s] ?? false, context, hints?.[s]);
    const sink = new FeatureIdSink(memo);
    for (let i = 0; i < words.length; i++) writeContextFeatures(sentence, i, sink);
    return sink;
  });
  const history = entries.map((line) => line.map((e) => historyIds(table, e.facts.lower)));
  return { sentences, context, entries, contextIds, history };
}

/** Adds the weights of `sink`'s ids for token `i` into `scores` at `offset`. */
function addTokenRows(scorer: Scorer, sink: FeatureIdSink, i: number, scores: Float64Array, offset: number): void {
  for (let k = sink.start(i); k < sink.end(i); k++) scorer.addRow(sink.ids[k]!, scores, offset);
}

/**
 * Per sentence, each token's own scores under `weights`: its word's summed weights, then its
 * context features, then (second stage) the non-local features in `extra` (one token after
 * another through the whole document).
 */
function ownScoresOf(doc: TaggingDocument, weights: Weights, extra?: FeatureIdSink): Float64Array[] {
  const scorer = scorerOf(weights);
  // One array for the document, viewed per sentence: one allocation instead of one per sentence.
  const all = new Float64Array(doc.entries.reduce((n, line) => n + line.length, 0) * LABEL_COUNT);
  let token = 0;
  return doc.entries.map((line, s) => {
    const own = all.subarray(token * LABEL_COUNT, (token + line.length) * LABEL_COUNT);
    for (let i = 0; i < line.length; i++) {
      const offset = i * LABEL_COUNT;
      const start = wordScores(line[i]!, weights, scorer);
      for (let l = 0; l < LABEL_COUNT; l++) own[offset + l] = start[l]!;
      addTokenRows(scorer, doc.contextIds[s]!, i, own, offset);
      if (extra) addTokenRows(scorer, extra, token + i, own, offset);
    }
    token += line.length;
    return own;
  });
}

/** Both stages' scores: the first stage's labels feed the second stage's non-local features. */
function secondStageScores(model: TaggerModel, doc: TaggingDocument): Float64Array[] {
  const stage1 = scorerOf(model.stage1);
  const first = ownScoresOf(doc, model.stage1).map((own, s) => bestPath(stage1, doc.history[s]!, own));
  const extra = new FeatureIdSink(featureIdMemo(model.table));
  writeNonLocalFeatures(doc.sentences, first, doc.context, extra);
  return ownScoresOf(doc, model.stage2, extra);
}

/**
 * A growing table (a model still in training) is tagged the way training reads documents:
 * the caches of the tagging path hold only a frozen table's ids.
 */
function secondStageByStrings(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): { ids: Int32Array[][]; lowers: readonly (readonly string[])[] } {
  const doc = prepareDocument(model.table, model.clusters, sentences, hints);
  const first = doc.local.map((ids, s) => viterbiDecode(model.stage1, model.table, ids, doc.lowers[s]!));
  return { ids: secondStageIds(model.table, doc, first), lowers: doc.lowers };
}

/**
 * BILOU label indexes for every token of a document (sentences of words): a first pass
 * with local features, then a second pass that also sees how the first labelled the same
 * words elsewhere in the document.
 */
export function tagDocument(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): number[][] {
  if (model.table.isGrowing) {
    const { ids, lowers } = secondStageByStrings(model, sentences, hints);
    return ids.map((tokens, s) => viterbiDecode(model.stage2, model.table, tokens, lowers[s]!));
  }
  const doc = prepareForTagging(model, sentences, hints);
  const stage2 = scorerOf(model.stage2);
  return secondStageScores(model, doc).map((own, s) => bestPath(stage2, doc.history[s]!, own));
}

/**
 * As `tagDocument`, with each token's second-stage margin: how much the model would lose by
 * giving the token another type (`decodeWithMargins`).
 */
export function tagDocumentWithMargins(model: TaggerModel, sentences: readonly (readonly string[])[], hints?: Hints): DecodedSentence[] {
  if (model.table.isGrowing) {
    const { ids, lowers } = secondStageByStrings(model, sentences, hints);
    return ids.map((tokens, s) => decodeWithMargins(model.stage2, model.table, tokens, lowers[s]!));
  }
  const doc = prepareForTagging(model, sentences, hints);
  const stage2 = scorerOf(model.stage2);
  return secondStageScores(model, doc).map((own, s) => decodeScoresWithMargins(stage2, doc.history[s]!, own));
}

/** Whether the tagger saw `word` in training (it has a weight for the word itself). */
export function knowsWord(model: TaggerModel, word: string): boolean {
  return model.table.id(`w=${word}`) >= 0;
}
