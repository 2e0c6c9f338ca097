import { formatExtractionReport, runExtractionEval, type ExtractionEvalReport } from './extraction/index.js';
import { runDatesEval, type DatesEvalReport } from './dates/index.js';
import { readTempeval } from './dates/run-dates-eval.js';
import { exportTimeml } from './dates/export-timeml.js';
import { runQuotesEval, type QuotesEvalReport } from './quotes/index.js';
import { runEventClusterEval, runStoryClusterEval, type EventClusterEvalResult, type StoryClusterEvalResult } from './clusters/index.js';
import { runCopiesEval, type CopiesEvalResult } from './copies/index.js';
import { runOpinionEval, type OpinionEvalReport, type OpinionScores } from './opinion/index.js';
import { formatTlsReport, runTlsEval, type TlsEvalReport } from './tls/index.js';
import { formatGumNerReport, formatNerReport, runGumNerEval, runNerEval, type GumNerReport, type NerEvalReport } from './entities/index.js';
import { formatCorefReport, runCorefEval, type CorefEvalReport } from './coref/index.js';
import { runPronounsEval, type PronounsEvalReport } from './pronouns/index.js';
import { runPassagesEval, type PassagesEvalResult } from './passages/index.js';
import { fileURLToPath } from 'node:url';

/** What `storyline eval <task>` passes to a runner. */
export interface EvalRunOptions {
  readonly corpus: string;
  readonly predictions?: string;
  readonly writePredictions?: string;
  /** dates: also write the system's annotations as TempEval-3 TimeML into this folder. */
  readonly exportTimeml?: string;
  readonly baselines: boolean;
  /** coref: which ECB+ topics to score (thresholds are chosen on train, dev is reported). */
  readonly split?: 'dev' | 'train';
  readonly progress: (done: number, total: number) => void;
}

export interface EvalTask {
  /** Corpus folder relative to the corpora root. */
  readonly defaultCorpus: string;
  run(options: EvalRunOptions): Promise<unknown>;
  /** Human-readable table of the report. */
  format(report: unknown): string;
}

/** A table of named figures: `name  0.9575  0.9380  …`. */
export function formatRows(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(4)) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [title, line(header), ...cells.map(line)].join('\n');
}

export const EVAL_TASKS = {
  extraction: {
    defaultCorpus: 'extraction/aeb',
    run: (o: EvalRunOptions) =>
      runExtractionEval({
        corpus: o.corpus,
        baselines: o.baselines,
        ...(o.predictions ? { predictions: o.predictions } : {}),
        ...(o.writePredictions ? { writePredictions: o.writePredictions } : {}),
      }),
    format: (report: unknown) => formatExtractionReport(report as ExtractionEvalReport),
  },
  dates: {
    defaultCorpus: 'dates/tempeval3',
    run: async (o: EvalRunOptions) => {
      const report = await runDatesEval({ corpus: o.corpus });
      const groups = o.exportTimeml ? readTempeval(o.corpus) : null;
      return groups && o.exportTimeml ? { ...report, exportedTimeml: { folder: o.exportTimeml, files: exportTimeml(groups, o.exportTimeml) } } : report;
    },
    format: (report: unknown) => formatDates(report as DatesEvalReport),
  },
  quotes: {
    defaultCorpus: 'quotes/polnear/dev',
    run: (o: EvalRunOptions) => runQuotesEval({ corpus: o.corpus }),
    format: (report: unknown) => formatQuotes(report as QuotesEvalReport),
  },
  clusters: {
    defaultCorpus: 'summaries/multinews-val.jsonl',
    run: async (o: EvalRunOptions) => runEventClusterEval({ corpus: o.corpus }),
    format: (report: unknown) => formatClusters(report as EventClusterEvalResult),
  },
  stories: {
    defaultCorpus: 'timelines/t17',
    run: async (o: EvalRunOptions) => runStoryClusterEval({ corpus: o.corpus }),
    format: (report: unknown) => formatStories(report as StoryClusterEvalResult),
  },
  passages: {
    // Synthetic round-ups strung from Multi-News leads (items of different events), pooled with the rest.
    defaultCorpus: 'summaries/multinews-val.jsonl',
    run: async (o: EvalRunOptions) => runPassagesEval({ corpus: o.corpus }),
    format: (report: unknown) => formatPassages(report as PassagesEvalResult),
  },
  copies: {
    // Copies are derived from Timeline17 and Multi-News articles, so it takes the corpora root.
    defaultCorpus: '.',
    run: async (o: EvalRunOptions) => runCopiesEval({ corpus: o.corpus }),
    format: (report: unknown) => formatCopies(report as CopiesEvalResult),
  },
  tls: {
    defaultCorpus: 'timelines/t17',
    run: async (o: EvalRunOptions) => runTlsEval({ corpus: o.corpus, progress: o.progress, ...(o.writePredictions ? { writeTimelines: o.writePredictions } : {}) }),
    format: (report: unknown) => formatTlsReport(report as TlsEvalReport),
  },
  entities: {
    defaultCorpus: 'entities/conll2003',
    run: (o: EvalRunOptions) => runNerEval({ corpus: o.corpus }),
    format: (report: unknown) => formatNerReport(report as NerEvalReport),
  },
  'entities-gum': {
    // GUM's news documents (CC BY 4.0), capitalised names only; an out-of-domain check.
    defaultCorpus: 'entities/gum',
    run: (o: EvalRunOptions) => runGumNerEval({ corpus: o.corpus }),
    format: (report: unknown) => formatGumNerReport(report as GumNerReport),
  },
  coref: {
    // Gold mentions of the ECB+ dev topics, or the train topics with `--split train`.
    defaultCorpus: 'entities/ecbplus',
    run: async (o: EvalRunOptions) => runCorefEval(o.corpus, { topics: o.split ?? 'dev' }),
    format: (report: unknown) => formatCorefReport(report as CorefEvalReport),
  },
  pronouns: {
    // Pronoun mentions of the entities stage against GUM's coreference (CC BY 4.0): news reported.
    defaultCorpus: 'entities/gum',
    run: (o: EvalRunOptions) => runPronounsEval({ corpus: o.corpus, progress: o.progress }),
    format: (report: unknown) => formatPronouns(report as PronounsEvalReport),
  },
  opinion: {
    // The project's own labelled set (self-written), so this one runs without ../shared.
    defaultCorpus: fileURLToPath(new URL('../../examples/opinion-set', import.meta.url)),
    run: async (o: EvalRunOptions) => runOpinionEval({ corpus: o.corpus }),
    format: (report: unknown) => formatOpinion(report as OpinionEvalReport),
  },
} satisfies Record<string, EvalTask>;

function formatPronouns(r: PronounsEvalReport): string {
  const titles = { news: 'news documents (reported)', tuning: 'train split without news (thresholds chosen here)', all: 'all documents' } as const;
  return (Object.keys(titles) as (keyof typeof titles)[]).map((name) => {
    const g = r.groups[name];
    const row = (label: string, s: PronounsEvalReport['groups']['all']['overall']) => [label, s.precision, s.recall, s.f1, s.produced, s.gold, s.endToEndRecall, s.goldNamed];
    const rows = [
      row('resolver, all third-person pronouns', g.overall), ...Object.entries(g.byClass).map(([cls, s]) => row(`  ${cls}`, s)),
      row('baseline (nearest person), all', g.baseline), row('resolver, he/she only', g.personal), row('baseline (nearest person), he/she only', g.baselinePersonal),
    ];
    return formatRows(`Pronouns on GUM, ${titles[name]}: ${g.documents} documents`, ['system', 'P', 'R', 'F1', 'produced', 'gold', 'R end-to-end', 'gold (GUM names)'], rows);
  }).join('\n\n');
}

function formatOpinion(r: OpinionEvalReport): string {
  const table = (title: string, scores: OpinionEvalReport['sentenceLabels']) =>
    formatRows(`${title} (accuracy ${scores.accuracy.toFixed(4)})`, ['class', 'P', 'R', 'F1', 'support'],
      Object.entries(scores.classes).map(([name, s]) => [name, s.precision, s.recall, s.f1, s.support]));
  const scores = (name: string, s: OpinionScores) =>
    [table(`${name}: sentence labels, ${s.sentences} sentences`, s.sentenceLabels), '', table(`${name}: article types, ${s.articles} articles`, s.articleTypes)];
  return [...Object.entries(r.halves).flatMap(([half, s]) => [...scores(half, s), '']), ...scores('all', r)].join('\n');
}

function formatStories(r: StoryClusterEvalResult): string {
  const overall = formatRows(`Stories on Timeline17, BCubed against topics (${r.documents} articles, ${r.topics} topics)`, ['P', 'R', 'F1', 'stories', 'events'], [[r.precision, r.recall, r.f1, r.stories, r.events]]);
  const topics = formatRows('Per topic', ['topic', 'articles', 'stories', 'share in largest story'], r.perTopic.map((t) => [t.topic, t.articles, t.stories, t.largestShare]));
  return `${overall}\n\n${topics}`;
}

function formatPassages(r: PassagesEvalResult): string {
  const names = { off: 'whole articles (no passages)', link: 'passages linked, article placed whole', place: 'passages linked, article placed by one of them (the product)' } as const;
  return formatRows(
    `Round-ups on Multi-News (seed ${r.seed}): ${r.roundUps} round-ups of ${r.items} items, pooled with ${r.documents} whole documents in random order`,
    ['system', 'item recall', 'link P', 'links', 'split P', 'split R', 'whole docs split', 'whole docs BCubed F1'],
    r.modes.map((m) => [names[m.mode], m.itemRecall, m.linkPrecision, m.links, m.boundaryPrecision, m.boundaryRecall, m.splitDocuments, m.documentsBCubed.f1]),
  );
}

function formatCopies(r: CopiesEvalResult): string {
  const overall = formatRows(`Copy detection (seed ${r.seed}: ${r.documents} documents, ${r.sources} sources, ${r.copies} generated copies)`,
    ['P', 'R', 'F1', 'gold pairs', 'found pairs', 'false pairs', 'false same-event pairs'],
    [[r.precision, r.recall, r.f1, r.goldPairs, r.predictedPairs, r.falsePairs, r.sameEventFalsePairs]]);
  const byTransform = formatRows('Missed copies by transformation', ['transformation', 'copies', 'missed'],
    Object.entries(r.copiesByTransform).map(([name, n]) => [name, n, r.missedByTransform[name] ?? 0]));
  return `${overall}\n\n${byTransform}`;
}

function formatClusters(r: EventClusterEvalResult): string {
  const rows = [
    ['one batch, file order', r.batch.precision, r.batch.recall, r.batch.f1, r.batch.events],
    [`one at a time, shuffled (seed ${r.shuffled.seed})`, r.shuffled.precision, r.shuffled.recall, r.shuffled.f1, r.shuffled.events],
  ];
  return formatRows(`Event clustering, BCubed (Multi-News sample: ${r.documents} documents, ${r.goldClusters} events)`, ['order', 'P', 'R', 'F1', 'events found'], rows);
}

function formatDates(r: DatesEvalReport & { exportedTimeml?: { folder: string; files: number } }): string {
  const rows = Object.entries({ ...r.subcorpora, total: r.total }).map(([name, s]) => [
    name, s.strict.f1, s.relaxed.precision, s.relaxed.recall, s.relaxed.f1, s.valueAccuracy, s.valueF1, s.typeF1,
  ]);
  const table = formatRows(`TempEval-3 Task A (time expressions), ${r.documents} documents`, ['corpus', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'value acc', 'value F1', 'type F1'], rows);
  const top = (counts: Readonly<Record<string, number>>): string => Object.entries(counts).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    table, `Wrong values by cause: ${top(r.valueErrors)}`, `Wrong types (gold→system): ${top(r.typeErrors)}`,
    `The gold disagrees with itself on ${r.contestedValues} of the wrong values (value F1 if all counted right: ${r.valueF1IfContestedRight.toFixed(4)})`,
  ];
  if (r.exportedTimeml) lines.push(`Wrote ${r.exportedTimeml.files} TimeML files to ${r.exportedTimeml.folder} (score with TE3-evaluation.py <gold> <that folder>)`);
  return lines.join('\n');
}

function formatQuotes(r: QuotesEvalReport): string {
  const rows = Object.entries(r.roles).map(([role, s]) => [role, s.exact.precision, s.exact.recall, s.exact.f1, s.overlap.precision, s.overlap.recall, s.overlap.f1]);
  return formatRows(`Attribution spans (PolNeAR), ${r.documents} documents`, ['role', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'], rows);
}

