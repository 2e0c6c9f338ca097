import type { FeatureTable } from './feature-table.js';
import { historyIds, type HistoryIds } from './history-features.js';
import { FOLLOWERS, LABEL_COUNT, LABEL_TYPE, MAY_END } from './labels.js';
import { scorerOf, type Scorer, type Weights } from './perceptron.js';
import { float64Scratch, int16Scratch } from './scratch-buffer.js';
import { transitionScores } from './transition-scores.js';
import { ownScores } from './viterbi-decode.js';

/** The best labels of a sentence and, per token, how sure the model is of the token's type. */
export interface DecodedSentence {
  readonly labels: number[];
  /**
   * Per token: the best path's score minus the best score of any path that gives the token
   * another type (or none). Small where a near-tie decided the type; in the model's own units.
   */
  readonly margins: number[];
}

const stepScratch = float64Scratch();
const rowScratch = float64Scratch();
const forwardScratch = float64Scratch();
const backScratch = int16Scratch();
const backwardScratch = float64Scratch();

/** Where each previous label's (+1) allowed steps start in a token's part of the step table. */
const STEP_START: Int32Array = (() => {
  const starts = new Int32Array(FOLLOWERS.length + 1);
  FOLLOWERS.forEach((followers, p) => { starts[p + 1] = starts[p]! + followers.length; });
  return starts;
})();

/** Allowed (previous label, label) steps per token: BILOU forbids most of the 18 × 17. */
const STEPS_PER_TOKEN = STEP_START[FOLLOWERS.length]!;

/**
 * The score of every allowed step of a sentence: token i, previous label p (-1 at the
 * start), label l = FOLLOWERS[p + 1][k] scores at `i * STEPS_PER_TOKEN + STEP_START[p + 1] + k`.
 * Each is (transition + own) + previous-label-with-word, the sum the decoder always made, so
 * margins are bit for bit what they were. Read by both passes, so computed once.
 */
function stepTable(scorer: Scorer, history: readonly HistoryIds[], own: Float64Array): Float64Array {
  const n = history.length;
  const transitions = transitionScores(scorer, history[0]!.alone);
  const steps = stepScratch.take(n * STEPS_PER_TOKEN);
  const row = rowScratch.take(LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : LABEL_COUNT); p++) {
      const base = (p + 1) * LABEL_COUNT;
      const followers = FOLLOWERS[p + 1]!;
      for (let k = 0; k < followers.length; k++) row[followers[k]!] = transitions[base + followers[k]!]! + own[i * LABEL_COUNT + followers[k]!]!;
      scorer.addRow(history[i]!.withWord[p + 1]!, row, 0);
      const at = i * STEPS_PER_TOKEN + STEP_START[p + 1]!;
      for (let k = 0; k < followers.length; k++) steps[at + k] = row[followers[k]!]!;
    }
  }
  return steps;
}

/** Best score of each (token, label) from the start, with the previous label it came from. */
function forwardPass(steps: Float64Array, n: number): { forward: Float64Array; back: Int16Array } {
  const forward = forwardScratch.take(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY, 0, n * LABEL_COUNT);
  const back = backScratch.take(n * LABEL_COUNT).fill(-1, 0, n * LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    for (let p = i === 0 ? -1 : 0; p < (i === 0 ? 0 : LABEL_COUNT); p++) {
      const before = p < 0 ? 0 : forward[(i - 1) * LABEL_COUNT + p]!;
      if (before === Number.NEGATIVE_INFINITY) continue;
      const followers = FOLLOWERS[p + 1]!;
      const at = i * STEPS_PER_TOKEN + STEP_START[p + 1]!;
      for (let k = 0; k < followers.length; k++) {
        const l = followers[k]!;
        if (i === n - 1 && !MAY_END[l]) continue;
        const score = before + steps[at + k]!;
        if (score > forward[i * LABEL_COUNT + l]!) { forward[i * LABEL_COUNT + l] = score; back[i * LABEL_COUNT + l] = p; }
      }
    }
  }
  return { forward, back };
}

/** backward[i][l]: best score of the tokens after i, given label l at i. */
function backwardPass(steps: Float64Array, n: number): Float64Array {
  const backward = backwardScratch.take(n * LABEL_COUNT).fill(Number.NEGATIVE_INFINITY, 0, n * LABEL_COUNT);
  for (let l = 0; l < LABEL_COUNT; l++) if (MAY_END[l]) backward[(n - 1) * LABEL_COUNT + l] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let l = 0; l < LABEL_COUNT; l++) {
      let best = Number.NEGATIVE_INFINITY;
      const followers = FOLLOWERS[l + 1]!;
      const at = (i + 1) * STEPS_PER_TOKEN + STEP_START[l + 1]!;
      for (let k = 0; k < followers.length; k++) {
        const score = steps[at + k]! + backward[(i + 1) * LABEL_COUNT + followers[k]!]!;
        if (score > best) best = score;
      }
      backward[i * LABEL_COUNT + l] = best;
    }
  }
  return backward;
}

/**
 * Viterbi with max-marginals: the same best path as `viterbiDecode` (ties aside), plus a
 * backward pass so that every (token, label) knows the best complete path through it. The
 * margin of a token is what it would cost the model to change that token's type.
 */
export function decodeWithMargins(weights: Weights, table: FeatureTable, ids: readonly Int32Array[], lowers: readonly string[]): DecodedSentence {
  const scorer = scorerOf(weights);
  return decodeScoresWithMargins(scorer, lowers.map((lower) => historyIds(table, lower)), ownScores(scorer, ids));
}

/** `decodeWithMargins` given each token's own scores (`ownScores`) and previous-label ids (`historyIds`). */
export function decodeScoresWithMargins(scorer: Scorer, history: readonly HistoryIds[], own: Float64Array): DecodedSentence {
  const n = history.length;
  if (n === 0) return { labels: [], margins: [] };
  const steps = stepTable(scorer, history, own);
  const { forward, back } = forwardPass(steps, n);
  const backward = backwardPass(steps, n);
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) if (forward[(n - 1) * LABEL_COUNT + l]! > forward[(n - 1) * LABEL_COUNT + last]!) last = l;
  const total = forward[(n - 1) * LABEL_COUNT + last]!;
  const labels = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { labels[i] = last; last = back[i * LABEL_COUNT + last]!; }
  const margins = labels.map((chosen, i) => {
    let rival = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (LABEL_TYPE[l] === LABEL_TYPE[chosen]) continue;
      rival = Math.max(rival, forward[i * LABEL_COUNT + l]! + backward[i * LABEL_COUNT + l]!);
    }
    return total - rival;
  });
  return { labels, margins };
}
