import { join } from 'node:path';
import { bcubed, clusterDocuments, readMultiNews, seededShuffle } from '../clusters/index.js';
import type { BCubedScore, ClusteredDocument } from '../clusters/index.js';
import { buildRoundUps } from './build-round-ups.js';
import type { RoundUp } from './build-round-ups.js';
import { scoreRoundUps } from './score-round-ups.js';
import type { RoundUpScores } from './score-round-ups.js';

export interface PassagesEvalOptions {
  /** The Multi-News JSONL file, or the corpora folder holding `summaries/multinews-val.jsonl`. */
  readonly corpus: string;
  readonly roundUps?: number;
  readonly seed?: number;
  /** Which ways of handling round-ups to run (default all three). */
  readonly modes?: readonly Mode[];
  /** Overrides `PASSAGE_THRESHOLD`, for sweeps. */
  readonly passageThreshold?: number;
}

type Mode = 'off' | 'link' | 'place';

export interface PassagesModeResult extends RoundUpScores {
  readonly mode: Mode;
  /** BCubed of the whole documents (round-ups left out) against their gold events. */
  readonly documentsBCubed: BCubedScore;
  /** Whole documents (each tells one event) that were split into passages all the same. */
  readonly splitDocuments: number;
}

export interface PassagesEvalResult {
  readonly documents: number;
  readonly roundUps: number;
  readonly items: number;
  readonly seed: number;
  readonly modes: readonly PassagesModeResult[];
}

/**
 * Round-ups on Multi-News: leads of documents of different events strung into "in brief"
 * articles (`buildRoundUps`), pooled with the rest of the documents in a seeded random
 * order and clustered incrementally. Scores how round-ups are split into passages and
 * whether each item reaches its own event, and checks that whole documents cluster as
 * before. 'off' is the engine without passages (each round-up is one article in one event).
 */
export function runPassagesEval(options: PassagesEvalOptions): PassagesEvalResult {
  const file = options.corpus.endsWith('.jsonl') ? options.corpus : join(options.corpus, 'summaries', 'multinews-val.jsonl');
  const seed = options.seed ?? 20261121;
  const set = buildRoundUps(readMultiNews(file), { count: options.roundUps ?? 150, seed });
  const gold = new Map(set.documents.map((doc) => [doc.id, doc.gold]));
  const inputs = [
    ...set.documents.map((doc) => ({ id: doc.id, title: '', text: doc.text })),
    ...set.roundUps.map((r) => ({ id: r.id, title: 'In brief', text: r.text })),
  ];
  const order = seededShuffle(inputs, seed);
  const byId = new Map<string, RoundUp>(set.roundUps.map((r) => [r.id, r]));
  const modes = (options.modes ?? ['off', 'link', 'place']).map((mode) => {
    const clustered = clusterDocuments(order, { passages: mode, ...(options.passageThreshold === undefined ? {} : { passageThreshold: options.passageThreshold }) });
    const eventOf = new Map(clustered.map((doc) => [doc.id, doc.assignment.eventId]));
    const documentsBCubed = bcubed(gold, eventOf);
    const roundUps = clustered.filter((doc): doc is ClusteredDocument => byId.has(doc.id));
    const splitDocuments = clustered.filter((doc) => !byId.has(doc.id) && doc.passages.length > 0).length;
    return { mode, documentsBCubed, splitDocuments, ...scoreRoundUps(roundUps, byId, gold, eventOf) };
  });
  return { documents: set.documents.length, roundUps: set.roundUps.length, items: set.roundUps.reduce((n, r) => n + r.items.length, 0), seed, modes };
}
