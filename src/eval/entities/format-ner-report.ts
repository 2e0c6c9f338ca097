import type { NerScore } from './ner-score.js';
import type { GumNerReport } from './run-gum-ner-eval.js';
import type { NerEvalReport } from './run-ner-eval.js';

const cell = (x: number): string => x.toFixed(4);

function table(byType: Readonly<Record<string, NerScore>>, overall: NerScore): string[] {
  const rows = [...Object.entries(byType), ['overall', overall] as const];
  return [
    'type      P       R       F1      gold   pred',
    ...rows.map(([type, s]) => `${type.padEnd(8)}  ${cell(s.precision)}  ${cell(s.recall)}  ${cell(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}`),
  ];
}

/** A plain table of a NER report, for `storyline eval entities`. */
export function formatNerReport(report: NerEvalReport): string {
  return [
    `CoNLL NER, exact spans (conlleval micro): ${report.documents} documents, ${report.sentences} sentences — ${report.file}`,
    ...table(report.byType, report.overall),
    `(each mention typed as its corpus-wide entity: F1 ${cell(report.corpusTyped.f1)})`,
  ].join('\n');
}

/** The same table for GUM's news documents. */
export function formatGumNerReport(report: GumNerReport): string {
  return [
    `GUM news NER, exact spans, GUM mentions mapped to CoNLL names: ${report.documents} documents, ${report.sentences} sentences — ${report.corpus}`,
    ...table(report.byType, report.overall),
  ].join('\n');
}
