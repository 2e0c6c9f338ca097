import type { NerEvalReport } from './run-ner-eval.js';

const cell = (x: number): string => x.toFixed(4);

/** A plain table of a NER report, for `storyline eval entities`. */
export function formatNerReport(report: NerEvalReport): string {
  const rows = [...Object.entries(report.byType), ['overall', report.overall] as const];
  const lines = rows.map(([type, s]) => `${type.padEnd(8)}  ${cell(s.precision)}  ${cell(s.recall)}  ${cell(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}`);
  return [
    `CoNLL NER, exact spans (conlleval micro): ${report.documents} documents, ${report.sentences} sentences — ${report.file}`,
    'type      P       R       F1      gold   pred',
    ...lines,
    `(typed by each article alone: F1 ${cell(report.articleOnly.f1)})`,
  ].join('\n');
}
