import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StorylineError } from '../../core/errors.js';
import { clusterDocuments, resolveCoref, sameHeadLemma, type CorefClusters, type CorefDocument, type CorefMention } from '../../stages/coref/index.js';
import { scoreCoref, type CorefScores } from './coref-metrics.js';
import { DEV_TOPICS, entityClassOf, readEcbPlus, TRAIN_TOPICS, type EcbDocument, type GoldMentionKind } from './read-ecbplus.js';

export interface CorefEvalOptions {
  /** `dev` (default: topics 2, 5, 12, 18, 21, 23, 34, 35), `train` (the rest of 1–35), or topic numbers. */
  readonly topics?: 'dev' | 'train' | readonly number[];
}

/** Scores of one system on one mention kind. */
export interface CorefSystemScores {
  readonly system: string;
  readonly kind: GoldMentionKind;
  readonly scores: CorefScores;
}

export interface CorefEvalReport {
  readonly corpus: string;
  /** Topics read (those of the split present in the folder). */
  readonly topics: readonly number[];
  readonly documents: number;
  readonly mentions: Readonly<Record<GoldMentionKind, number>>;
  readonly goldChains: Readonly<Record<GoldMentionKind, number>>;
  /** Predicted document groups against the gold sub-topics (ECB / ECB+ half of each topic). */
  readonly documentGroups: { readonly predicted: number; readonly subtopics: number; readonly scores: CorefScores };
  /** Storyline's resolver and the same-head-lemma baseline, on predicted and on gold document groups. */
  readonly results: readonly CorefSystemScores[];
}

const KINDS: readonly GoldMentionKind[] = ['entity', 'event'];

function topicsOf(option: CorefEvalOptions['topics']): readonly number[] {
  if (option === 'train') return TRAIN_TOPICS;
  if (option === undefined || option === 'dev') return DEV_TOPICS;
  return option;
}

/** The resolver's view of a gold mention: its span, kind and coarse entity class (from the gold tag). */
function corefMentions(docs: readonly EcbDocument[]): CorefMention[] {
  return docs.flatMap((d) =>
    d.mentions.map((m) => {
      const entityClass = m.kind === 'entity' ? entityClassOf(m.tag) : undefined;
      return { id: m.id, doc: m.doc, kind: m.kind, sentence: m.sentence, tokens: m.tokens, ...(entityClass ? { entityClass } : {}) };
    }),
  );
}

/**
 * Cross-document coreference on ECB+ gold mentions, scored as Barhom et al. (2019) do: all
 * documents of the split in one partition per mention kind, singletons included, MUC / B³ /
 * CEAF-e / CoNLL F1 as reference scorer v8.01. Documents are grouped by Storyline's own
 * clustering (no gold topics); gold sub-topic grouping is reported alongside.
 */
export function runCorefEval(corpusDir: string, options: CorefEvalOptions = {}): CorefEvalReport {
  if (!existsSync(join(corpusDir, 'ECBplus_coreference_sentences.csv'))) {
    throw new StorylineError('EVAL_DATA_MISSING', `no ECB+ corpus (ECBplus_coreference_sentences.csv) under ${corpusDir}`, { corpus: corpusDir });
  }
  const topics = topicsOf(options.topics);
  const ecb = readEcbPlus(corpusDir, topics);
  const docs: CorefDocument[] = ecb.map((d) => ({ id: d.name, sentences: d.sentences }));
  const mentions = corefMentions(ecb);
  const subtopicOf = new Map(ecb.map((d) => [d.name, d.subtopic]));
  const predictedOf = clusterDocuments(docs);
  const systems: readonly [string, CorefClusters][] = [
    ['storyline', resolveCoref(docs, mentions, { groupOf: predictedOf })],
    ['same head lemma', sameHeadLemma(docs, mentions, predictedOf)],
    ['storyline, gold sub-topics', resolveCoref(docs, mentions, { groupOf: subtopicOf })],
    ['same head lemma, gold sub-topics', sameHeadLemma(docs, mentions, subtopicOf)],
  ];
  const gold = ecb.flatMap((d) => d.mentions);
  const results = systems.flatMap(([system, clusters]) =>
    KINDS.map((kind) => {
      const ofKind = gold.filter((m) => m.kind === kind);
      const key = new Map(ofKind.map((m) => [m.id, m.chain]));
      const response = new Map(ofKind.map((m) => [m.id, clusters.get(m.id) ?? m.id]));
      return { system, kind, scores: scoreCoref(key, response) };
    }),
  );
  const count = (kind: GoldMentionKind, f: (ms: typeof gold) => number): number => f(gold.filter((m) => m.kind === kind));
  return {
    corpus: corpusDir,
    topics: [...new Set(ecb.map((d) => d.topic))],
    documents: ecb.length,
    mentions: { entity: count('entity', (ms) => ms.length), event: count('event', (ms) => ms.length) },
    goldChains: { entity: count('entity', (ms) => new Set(ms.map((m) => m.chain)).size), event: count('event', (ms) => new Set(ms.map((m) => m.chain)).size) },
    documentGroups: { predicted: new Set(predictedOf.values()).size, subtopics: new Set(subtopicOf.values()).size, scores: scoreCoref(subtopicOf, predictedOf) },
    results,
  };
}
