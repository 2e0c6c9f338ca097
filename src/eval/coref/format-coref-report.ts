import type { CorefEvalReport } from './run-coref-eval.js';

const pct = (x: number): string => (100 * x).toFixed(2);

/** A plain table of a coreference report, for `storyline eval coref`. */
export function formatCorefReport(report: CorefEvalReport): string {
  const header = 'system                            kind    MUC R   P       F1      B3 R    P       F1      CEAF-e R P      F1      CoNLL F1';
  const rows = report.results.map(({ system, kind, scores: s }) =>
    [
      system.padEnd(32), kind.padEnd(6),
      ...[s.muc, s.bcubed, s.ceafe].flatMap((m) => [pct(m.recall), pct(m.precision), pct(m.f1)]).map((c) => c.padStart(6)),
      pct(s.conll).padStart(8),
    ].join('  '),
  );
  const groups = report.documentGroups;
  return [
    `ECB+ cross-document coreference on gold mentions (topics ${report.topics.join(', ')}): ${report.documents} documents, ` +
      `${report.mentions.entity} entity mentions in ${report.goldChains.entity} chains, ${report.mentions.event} event mentions in ${report.goldChains.event} chains`,
    `Document groups: ${groups.predicted} predicted for ${groups.subtopics} gold sub-topics (CoNLL F1 ${pct(groups.scores.conll)})`,
    header,
    ...rows,
  ].join('\n');
}
