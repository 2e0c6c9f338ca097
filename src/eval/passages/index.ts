export { buildRoundUps } from './build-round-ups.js';
export type { RoundUp, RoundUpItem, RoundUpSet } from './build-round-ups.js';
export { runPassagesEval } from './run-passages-eval.js';
export type { PassagesEvalOptions, PassagesEvalResult, PassagesModeResult } from './run-passages-eval.js';
export { scoreRoundUps } from './score-round-ups.js';
export type { RoundUpScores } from './score-round-ups.js';
