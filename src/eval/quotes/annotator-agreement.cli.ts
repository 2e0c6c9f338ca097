/**
 * Prints PolNeAR's inter-annotator agreement (exact and overlap F1 per role) on a split:
 * `npx tsx src/eval/quotes/annotator-agreement.cli.ts [corpus/quotes/polnear/train]`.
 */
import { resolve } from 'node:path';
import { annotatorAgreement } from './annotator-agreement.js';
import { readPolnearSplit } from './polnear-documents.js';

const corpus = process.argv[2] ?? resolve(import.meta.dirname, '../../../../shared/corpora/quotes/polnear/train');
const report = annotatorAgreement(await readPolnearSplit(corpus, { allAnnotators: true }));
const f = (x: number): string => x.toFixed(3);
process.stdout.write(`${report.articles} articles with several annotators\nrole     exact F1  overlap F1\n`);
for (const [role, score] of Object.entries(report.roles)) process.stdout.write(`${role.padEnd(8)} ${f(score.exact.f1)}     ${f(score.overlap.f1)}\n`);
