import type { FeatureTable } from './feature-table.js';
import { historyIds } from './history-features.js';
import { FOLLOWERS, LABEL_COUNT, MAY_END, labelType } from './labels.js';
import { scorerOf, type Weights } from './perceptron.js';

/** The best labels of a sentence and, per token, how sure the model is of the token's type. */
export interface DecodedSentence {
  readonly labels: number[];
  /**
   * Per token: the best path's score minus the best score of any path that gives the token
   * another type (or none). Small where a near-tie decided the type; in the model's own units.
   */
  readonly margins: number[];
}

/** Score of label `l` after previous label `p` (-1 at the start) at one token, all parts summed. */
type StepScores = Float64Array[];

function stepScores(weights: Weights, table: FeatureTable, ids: readonly Int32Array[], lowers: readonly string[]): StepScores {
  const w = scorerOf(weights);
  const history = lowers.map((lower) => historyIds(table, lower));
  const alone = history[0]?.alone ?? new Int32Array(0);
  const transitions = new Float64Array(alone.length * LABEL_COUNT);
  alone.forEach((id, p) => w.addRow(id, transitions, p * LABEL_COUNT));
  const own = new Float64Array(LABEL_COUNT);
  return ids.map((tokenIds, i) => {
    own.fill(0);
    w.addRows(tokenIds, own);
    // Rows by previous label + 1 (row 0: sentence start).
    const step = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
    for (let p = 0; p <= LABEL_COUNT; p++) {
      const base = p * LABEL_COUNT;
      w.addRow(history[i]!.withWord[p]!, step, base);
      for (let l = 0; l < LABEL_COUNT; l++) step[base + l]! += transitions[base + l]! + own[l]!;
    }
    return step;
  });
}

/**
 * Viterbi with max-marginals: the same best path as `viterbiDecode` (ties aside), plus a
 * backward pass so that every (token, label) knows the best complete path through it. The
 * margin of a token is what it would cost the model to change that token's type.
 */
export function decodeWithMargins(weights: Weights, table: FeatureTable, ids: readonly Int32Array[], lowers: readonly string[]): DecodedSentence {
  const n = ids.length;
  if (n === 0) return { labels: [], margins: [] };
  const steps = stepScores(weights, table, ids, lowers);
  const forward = new Float64Array(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY);
  const back = new Int16Array(n * LABEL_COUNT).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : LABEL_COUNT); p++) {
      const before = p < 0 ? 0 : forward[(i - 1) * LABEL_COUNT + p]!;
      if (before === Number.NEGATIVE_INFINITY) continue;
      for (const l of FOLLOWERS[p + 1]!) {
        if (i === n - 1 && !MAY_END[l]) continue;
        const score = before + steps[i]![(p + 1) * LABEL_COUNT + l]!;
        if (score > forward[i * LABEL_COUNT + l]!) { forward[i * LABEL_COUNT + l] = score; back[i * LABEL_COUNT + l] = p; }
      }
    }
  }
  // backward[i][l]: best score of tokens after i, given label l at i.
  const backward = new Float64Array(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY);
  for (let l = 0; l < LABEL_COUNT; l++) if (MAY_END[l]) backward[(n - 1) * LABEL_COUNT + l] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let l = 0; l < LABEL_COUNT; l++) {
      let best = Number.NEGATIVE_INFINITY;
      for (const next of FOLLOWERS[l + 1]!) {
        const score = steps[i + 1]![(l + 1) * LABEL_COUNT + next]! + backward[(i + 1) * LABEL_COUNT + next]!;
        if (score > best) best = score;
      }
      backward[i * LABEL_COUNT + l] = best;
    }
  }
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (forward[(n - 1) * LABEL_COUNT + l]! > forward[(n - 1) * LABEL_COUNT + last]!) last = l;
  const total = forward[(n - 1) * LABEL_COUNT + last]!;
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { labels[i] = last; last = back[i * LABEL_COUNT + last]!; }
  const margins = labels.map((chosen, i) => {
    let rival = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (labelType(l) === labelType(chosen)) continue;
      rival = Math.max(rival, forward[i * LABEL_COUNT + l]! + backward[i * LABEL_COUNT + l]!);
    }
    return total - rival;
  });
  return { labels, margins };
}
