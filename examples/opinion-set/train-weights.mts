// Retrains the stance stage's opinion weights on the dev half of this set and rewrites
// src/stages/stance/opinion-weights.ts. Run from the repository root:
//   npx tsx examples/opinion-set/train-weights.mts
import { writeFileSync } from 'node:fs';
import { readLabelledSet } from '../../src/eval/opinion/labelled-set.js';
import { opinionExamples, trainStanceWeights } from '../../src/eval/opinion/train-stance-weights.js';

const { articles } = readLabelledSet(new URL('.', import.meta.url).pathname);
const dev = articles.filter((a) => a.split === 'dev');
const weights = trainStanceWeights(dev);
const examples = opinionExamples(dev).length;
const lines = Object.entries(weights).map(([f, w]) => `  ${JSON.stringify(f)}: ${w},`);
writeFileSync(new URL('../../src/stages/stance/opinion-weights.ts', import.meta.url), `/**
 * Opinion weights of the stance stage: an averaged perceptron over \`sentenceFeatures\`
 * (and their \`o:\` copies in an article that reads as opinion), trained on the
 * dev half of examples/opinion-set (${dev.length} articles, ${examples} own sentences, all
 * self-written fiction) by \`npx tsx examples/opinion-set/train-weights.mts\`. Generated:
 * retrain rather than edit. A sentence is opinion when its weights sum above zero.
 */
export const OPINION_WEIGHTS: Readonly<Record<string, number>> = {
${lines.join('\n')}
};
`);
console.log(`${Object.keys(weights).length} weights from ${examples} examples`);
