import { join } from 'node:path';
import { bcubed } from './bcubed.js';
import type { BCubedScore } from './bcubed.js';
import { clusterDocuments } from './cluster-documents.js';
import { readMultiNews } from './read-multi-news.js';
import { seededShuffle } from './seeded-shuffle.js';

export interface EventClusterEvalOptions {
  /** The Multi-News JSONL file, or the corpora folder holding `summaries/multinews-val.jsonl`. */
  readonly corpus: string;
  /** Seed of the shuffled order. */
  readonly seed?: number;
  /** Entity keys from the entities stage (default) or the capitalised-word stand-in. */
  readonly entities?: 'stage' | 'capitalised';
}

export interface EventClusterEvalResult {
  readonly documents: number;
  readonly goldClusters: number;
  /** Documents fed cluster by cluster, in file order. */
  readonly batch: BCubedScore & { readonly events: number };
  /** The same documents in a seeded random order. */
  readonly shuffled: BCubedScore & { readonly events: number; readonly seed: number };
}

/**
 * Event clustering on Multi-News (validation sample): pool every document, cluster them
 * incrementally, and score against the gold clusters (one cluster = one event) with BCubed.
 * Throws `EVAL_DATA_MISSING` when the corpus is absent.
 */
export function runEventClusterEval(options: EventClusterEvalOptions): EventClusterEvalResult {
  const file = options.corpus.endsWith('.jsonl') ? options.corpus : join(options.corpus, 'summaries', 'multinews-val.jsonl');
  const clusters = readMultiNews(file);
  const documents = clusters.flatMap((cluster) =>
    cluster.documents.map((text, index) => ({ id: `mn_${cluster.cluster}_${index}`, gold: cluster.cluster, ...asArticle(text) })),
  );
  const gold = new Map(documents.map((doc) => [doc.id, doc.gold]));
  const score = (order: typeof documents) => {
    // Round-ups are placed by one of their passages, as the product places them.
    const predicted = new Map(clusterDocuments(order, { entities: options.entities ?? 'stage', passages: 'place' }).map((doc) => [doc.id, doc.assignment.eventId]));
    return { ...bcubed(gold, predicted), events: new Set(predicted.values()).size };
  };
  const seed = options.seed ?? 20240305;
  return {
    documents: documents.length,
    goldClusters: clusters.length,
    batch: score(documents),
    shuffled: { ...score(seededShuffle(documents, seed)), seed },
  };
}

/** Multi-News documents are bare text; a short first paragraph is taken as the headline. */
function asArticle(raw: string): { title: string; text: string } {
  const text = raw.replace(/\r/g, '').replace(/[ \t]*\n[ \t]*\n[ \t]*/g, '\n\n').trim();
  const first = text.split('\n\n')[0] ?? '';
  return { title: first.length <= 120 && !/[.!?]["”]?$/.test(first) ? first : '', text };
}
