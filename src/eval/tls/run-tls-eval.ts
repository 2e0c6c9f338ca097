import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectSentences, timelineFromSentences, type TimelineEntry } from '../../stages/tls/index.js';
import { loadRougeResources } from './rouge-resources.js';
import { prf, type PrF } from './rouge-n.js';
import { scoreTimeline } from './score-timeline.js';
import { listTopics, readTopic } from './t17-corpus.js';
import { formatTimeline } from './timeline-file.js';
import type { Timeline } from './timeline.js';

export interface TlsEvalOptions {
  /** A Timeline17-layout folder, e.g. `…/corpora/timelines/t17`. */
  readonly corpus: string;
  readonly topics?: readonly string[];
  /** Folder with ROUGE's stopword and exception tables; default `<corpus>/../../metrics/rouge155`. */
  readonly rouge?: string;
  /** When set, each generated timeline is written there as `<outlet folder>/<gold file>`. */
  readonly writeTimelines?: string;
  readonly progress?: (done: number, total: number) => void;
}

export interface TlsScores {
  readonly ar1: PrF;
  readonly ar2: PrF;
  readonly date: PrF;
}

export interface TlsTaskResult extends TlsScores {
  readonly gold: string;
  /** Requested dates (l) and sentences per date (k), and the articles in the gold's span. */
  readonly dates: number;
  readonly sentences: number;
  readonly articles: number;
}

export interface TlsEvalReport {
  readonly topics: readonly { readonly topic: string; readonly articles: number; readonly seconds: number; readonly tasks: readonly TlsTaskResult[]; readonly scores: TlsScores }[];
  readonly overall: TlsScores;
  readonly timelines: number;
  readonly seconds: number;
}

/**
 * Timeline17 with the news-tls protocol: a topic is the union of its outlets' articles; one task
 * per gold timeline, asking for l = its number of dates and k = round(mean sentences per date)
 * from the articles published between its first and last date; scored by align+ m:1 ROUGE-1/2
 * and date F1, P and R averaged over timelines and F computed from the averages.
 */
export function runTlsEval(options: TlsEvalOptions): TlsEvalReport {
  const started = Date.now();
  const resources = loadRougeResources(options.rouge ?? join(options.corpus, '../../metrics/rouge155'));
  const names = options.topics ?? listTopics(options.corpus);
  const topics: TlsEvalReport['topics'][number][] = [];
  names.forEach((name, done) => {
    const topicStart = Date.now();
    const topic = readTopic(options.corpus, name);
    const sentences = collectSentences(topic.articles);
    const tasks = topic.golds.map(({ name: gold, timeline }) => {
      const goldDates = [...timeline.keys()].sort();
      const from = goldDates[0] ?? '';
      const to = goldDates[goldDates.length - 1] ?? '';
      const inSpan = sentences.filter((s) => s.published >= from && s.published <= to);
      const dates = goldDates.length;
      const perDate = goldDates.reduce((sum, d) => sum + (timeline.get(d)?.length ?? 0), 0) / Math.max(1, dates);
      const k = roundHalfEven(perDate);
      const predicted = timelineFromSentences(inSpan, { dates, sentences: k, from, to });
      if (options.writeTimelines) writeTimeline(join(options.writeTimelines, gold), toTimeline(predicted));
      const scores = scoreTimeline(toTimeline(predicted), [timeline], resources);
      const articles = new Set(inSpan.map((s) => s.articleId)).size;
      return { gold, dates, sentences: k, articles, ar1: scores.align.rouge1, ar2: scores.align.rouge2, date: scores.date };
    });
    topics.push({ topic: name, articles: topic.articles.length, seconds: (Date.now() - topicStart) / 1000, tasks, scores: average(tasks) });
    options.progress?.(done + 1, names.length);
  });
  const all = topics.flatMap((t) => t.tasks);
  return { topics, overall: average(all), timelines: all.length, seconds: (Date.now() - started) / 1000 };
}

export function toTimeline(entries: readonly TimelineEntry[]): Timeline {
  return new Map(entries.map((e) => [e.date, e.sentences.map((s) => s.text.replace(/\s+/g, ' '))]));
}

/** Mean P and mean R over timelines, F of the means (news-tls `evaluate.py`). */
function average(tasks: readonly TlsScores[]): TlsScores {
  const mean = (pick: (t: TlsScores) => PrF): PrF => {
    const n = Math.max(1, tasks.length);
    return prf(tasks.reduce((s, t) => s + pick(t).precision, 0) / n, tasks.reduce((s, t) => s + pick(t).recall, 0) / n);
  };
  return { ar1: mean((t) => t.ar1), ar2: mean((t) => t.ar2), date: mean((t) => t.date) };
}

/** Python 3 `round`, which news-tls uses for k: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

function writeTimeline(path: string, timeline: Timeline): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatTimeline(timeline));
}
