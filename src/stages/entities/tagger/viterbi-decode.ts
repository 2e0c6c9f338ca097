import type { FeatureTable } from './feature-table.js';
import { historyIds, type HistoryIds } from './history-features.js';
import { FOLLOWERS, LABEL_COUNT, MAY_END } from './labels.js';
import { denseScorer, scorerOf, type AveragedPerceptron, type Weights } from './perceptron.js';

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
  const n = ids.length;
  if (n === 0) return [];
  const w = teacher ? denseScorer(teacher.learner.weights) : scorerOf(weights);
  const history = lowers.map((lower) => historyIds(table, lower));
  // The previous label alone scores the same at every token: one table per sentence.
  const alone = history[0]!.alone;
  const transitions = new Float64Array(alone.length * LABEL_COUNT);
  alone.forEach((id, p) => w.addRow(id, transitions, p * LABEL_COUNT));
  const best = new Float64Array(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY);
  const back = new Int16Array(n * LABEL_COUNT).fill(-1);
  const own = new Float64Array(LABEL_COUNT);
  const withWord = new Float64Array(LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    own.fill(0);
    w.addRows(ids[i]!, own);
    const wordRows = history[i]!.withWord;
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : LABEL_COUNT); p++) {
      const before = p < 0 ? 0 : best[(i - 1) * LABEL_COUNT + p]!;
      if (before === Number.NEGATIVE_INFINITY) continue;
      const wordRow = wordRows[p + 1]!;
      withWord.fill(0);
      if (wordRow >= 0) w.addRow(wordRow, withWord, 0);
      const base = (p + 1) * LABEL_COUNT;
      const followers = FOLLOWERS[p + 1]!;
      for (let k = 0; k < followers.length; k++) {
        const l = followers[k]!;
        if (i === n - 1 && !MAY_END[l]) continue;
        const score = before + transitions[base + l]! + withWord[l]! + own[l]!;
        if (score > best[i * LABEL_COUNT + l]!) { best[i * LABEL_COUNT + l] = score; back[i * LABEL_COUNT + l] = p; }
      }
    }
  }
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (best[(n - 1) * LABEL_COUNT + l]! > best[(n - 1) * LABEL_COUNT + last]!) last = l;
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { labels[i] = last; last = back[i * LABEL_COUNT + last]!; }
  if (teacher) learn(teacher, ids, history, labels);
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
