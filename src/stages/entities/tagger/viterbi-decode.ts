import type { FeatureTable } from './feature-table.js';
import { historyIds, type HistoryIds } from './history-features.js';
import { FOLLOWERS, LABEL_COUNT, MAY_END } from './labels.js';
import { float64Scratch, int16Scratch } from './scratch-buffer.js';
import { transitionScores } from './transition-scores.js';
import { denseScorer, scorerOf, type AveragedPerceptron, type Scorer, type Weights } from './perceptron.js';

/** Training mode: the gold labels and the learner to update when the best path is wrong. */
export interface Teacher {
  readonly gold: readonly number[];
  readonly learner: AveragedPerceptron;
}

/**
 * Best label sequence under a first-order model (Viterbi): token features score each label,
 * previous-label features score each transition, and BILOU rules forbid broken names. A
 * greedy tagger must commit to B before it sees whether the name goes on; this one need not.
 * With a teacher it is Collins' structured perceptron: a wrong path moves the weights from
 * its features to the gold path's.
 */
export function viterbiDecode(weights: Weights, table: FeatureTable, ids: readonly Int32Array[], lowers: readonly string[], teacher?: Teacher): number[] {
  if (ids.length === 0) return [];
  const w = teacher ? denseScorer(teacher.learner.weights) : scorerOf(weights);
  const history = lowers.map((lower) => historyIds(table, lower));
  const labels = bestPath(w, history, ownScores(w, ids));
  if (teacher) learn(teacher, ids, history, labels);
  return labels;
}

/** Per token, the summed weights of its own features: `LABEL_COUNT` numbers per token, added in id order. */
export function ownScores(w: Scorer, ids: readonly ArrayLike<number>[]): Float64Array {
  const own = new Float64Array(ids.length * LABEL_COUNT);
  const token = new Float64Array(LABEL_COUNT);
  ids.forEach((tokenIds, i) => {
    token.fill(0);
    w.addRows(tokenIds, token);
    own.set(token, i * LABEL_COUNT);
  });
  return own;
}

const bestScratch = float64Scratch();
const backScratch = int16Scratch();
const partialScratch = float64Scratch();

/**
 * The Viterbi path given each token's own scores (`ownScores`) and previous-label feature
 * ids (`historyIds`), which are scored here.
 */
export function bestPath(w: Scorer, history: readonly HistoryIds[], own: Float64Array): number[] {
  const n = history.length;
  if (n === 0) return [];
  const transitions = transitionScores(w, history[0]!.alone);
  const best = bestScratch.take(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY, 0, n * LABEL_COUNT);
  const back = backScratch.take(n * LABEL_COUNT).fill(-1, 0, n * LABEL_COUNT);
  const partial = partialScratch.take(LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    const wordRows = history[i]!.withWord;
    const atEnd = i === n - 1;
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : LABEL_COUNT); p++) {
      const before = p < 0 ? 0 : best[(i - 1) * LABEL_COUNT + p]!;
      if (before === Number.NEGATIVE_INFINITY) continue;
      const base = (p + 1) * LABEL_COUNT;
      const followers = FOLLOWERS[p + 1]!;
      // Summed as (before + transition) + previous-label-with-word + own, the order training
      // used, so that scores (and ties) are bit for bit those the model was tuned with. Most
      // words have no previous-label-with-word row: adding it in place skips a zeroed vector.
      for (let k = 0; k < followers.length; k++) partial[followers[k]!] = before + transitions[base + followers[k]!]!;
      w.addRow(wordRows[p + 1]!, partial, 0);
      for (let k = 0; k < followers.length; k++) {
        const l = followers[k]!;
        if (atEnd && !MAY_END[l]) continue;
        const score = partial[l]! + own[i * LABEL_COUNT + l]!;
        if (score > best[i * LABEL_COUNT + l]!) { best[i * LABEL_COUNT + l] = score; back[i * LABEL_COUNT + l] = p; }
      }
    }
  }
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (best[(n - 1) * LABEL_COUNT + l]! > best[(n - 1) * LABEL_COUNT + last]!) last = l;
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { labels[i] = last; last = back[i * LABEL_COUNT + last]!; }
  return labels;
}

const rowIds = (h: HistoryIds, previous: number): Int32Array => Int32Array.from([h.alone[previous + 1]!, h.withWord[previous + 1]!].filter((id) => id >= 0));

function learn({ gold, learner }: Teacher, ids: readonly Int32Array[], history: readonly HistoryIds[], guess: readonly number[]): void {
  for (let i = 0; i < guess.length; i++) {
    const g = gold[i]!;
    const p = guess[i]!;
    const gPrev = i > 0 ? gold[i - 1]! : -1;
    const pPrev = i > 0 ? guess[i - 1]! : -1;
    if (g === p && gPrev === pPrev) continue;
    if (g !== p) { learner.add(ids[i]!, g, 1); learner.add(ids[i]!, p, -1); }
    learner.add(rowIds(history[i]!, gPrev), g, 1);
    learner.add(rowIds(history[i]!, pPrev), p, -1);
  }
  learner.tick();
}
