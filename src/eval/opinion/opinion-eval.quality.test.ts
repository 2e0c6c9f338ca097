import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPINION_WEIGHTS } from '../../stages/stance/opinion-weights.js';
import { readLabelledSet } from './labelled-set.js';
import { runOpinionEval } from './run-opinion-eval.js';
import { trainStanceWeights } from './train-stance-weights.js';

// The project's own labelled set ships in the repo, so this gate always runs.
// Measured with stance.features.v2 (`storyline eval opinion`); floors sit a little below.
// The weights were trained on the dev half; test is the held-out figure.
const SET = fileURLToPath(new URL('../../../examples/opinion-set', import.meta.url));

describe('quality gate: opinion set', () => {
  const report = runOpinionEval({ corpus: SET });

  it('held-out test half stays at or above its floors', () => {
    const test = report.halves['test'];
    expect(test?.sentences).toBe(327);
    // Measured: accuracy 0.8991; opinion P 0.8750, R 0.7938, F1 0.8324; article types 27/27.
    expect(test?.sentenceLabels.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(test?.sentenceLabels.classes['opinion']?.f1).toBeGreaterThanOrEqual(0.81);
    expect(test?.sentenceLabels.classes['opinion']?.precision).toBeGreaterThanOrEqual(0.85);
    expect(test?.articleTypes.accuracy).toBeGreaterThanOrEqual(0.92);
  });

  it('dev half (trained on) stays at or above its floors', () => {
    const dev = report.halves['dev'];
    expect(dev?.sentences).toBe(284);
    // Measured: accuracy 0.9789; opinion F1 0.9647; article types 28/28.
    expect(dev?.sentenceLabels.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(dev?.sentenceLabels.classes['opinion']?.f1).toBeGreaterThanOrEqual(0.94);
    expect(dev?.articleTypes.accuracy).toBeGreaterThanOrEqual(0.96);
  });

  it('the shipped weights are what training on the dev half gives', () => {
    const dev = readLabelledSet(SET).articles.filter((a) => a.split === 'dev');
    expect(trainStanceWeights(dev)).toEqual(OPINION_WEIGHTS);
  });
});
