import type { SourceCluster, SourcePool } from './source-pool.js';
import { seededRandom, type SeededRandom } from '../../src/core/seeded-random.js';

/** One generated article: the JSONL record Storyline ingests and the event it reports. */
export interface SyntheticArticle {
  readonly record: { readonly url: string; readonly outlet: string; readonly title: string; readonly published: string; readonly text: string };
  /** Gold event label (`se_<n>`); syndicated copies carry their original's. */
  readonly event: string;
}

export interface GeneratorOptions {
  readonly seed: number;
  /** Articles published per day: sets how many events share a retrieval window. */
  readonly perDay: number;
  /** First publication day (ISO). */
  readonly start: string;
}

/**
 * 300 articles a day (a mid-sized aggregator in one language): the default 10,000-article run
 * then spans a month, twice the events stage's two-week retrieval window, so even a quick
 * run measures the steady state where old events have left the window.
 */
export const DEFAULT_GENERATOR: GeneratorOptions = { seed: 1, perDay: 300, start: '2020-01-01' };

/** Share of articles that are syndicated copies of another outlet's report of the same event. */
const SYNDICATED = 0.12;
/** Share of its source cluster's sentences an event's reports draw from. */
const EVENT_SHARE = 0.25;
/** Days after the event its reports keep appearing: most come the same or the next day. */
const REPORT_DAYS = [0, 0, 0, 1, 1, 2] as const;
/** Datelined first sentences naming the event's actors, place and day, as wire copy opens. */
const LEADS: readonly ((first: string, second: string, place: string, when: string) => string)[] = [
  (a, b, p, w) => `${p.toUpperCase()} — ${a} and ${b} were at the centre of events in ${p} on ${w}.`,
  (a, b, p, w) => `${p.toUpperCase()}, ${w} — ${a} spoke on the matter after meeting ${b}.`,
  (a, b, p, w) => `${a} said on ${w} that ${b} had been told, in ${p}.`,
  (a, b, p, w) => `In ${p} on ${w}, ${a} faced questions about ${b}.`,
  (a, b, p, w) => `${p.toUpperCase()} (${w}) — ${b} and ${a} drew attention across ${p}.`,
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLET_TOWNS = ['Northfield', 'Harbor', 'Lakeside', 'Granite', 'Westmoor', 'Riverton', 'Ashby', 'Cold Spring'];
const OUTLET_KINDS = ['Courier', 'Gazette', 'Ledger', 'Post', 'Wire'];
const OUTLETS = OUTLET_TOWNS.flatMap((town) => OUTLET_KINDS.map((kind) => `${town} ${kind}`));
const DAY_MS = 86_400_000;

/**
 * An endless, deterministic stream of articles in publication order: each synthetic event
 * takes a real source cluster's sentences with the cluster's names swapped for the event's
 * own (names and a place drawn from the corpora), a date, and 1–15 reports from several
 * outlets over the following days, some of them syndicated copies. Only about three days
 * of articles are held at once, so a million articles stream in constant memory.
 */
export function* syntheticArticles(pool: SourcePool, options: GeneratorOptions = DEFAULT_GENERATOR): Generator<SyntheticArticle> {
  const random = seededRandom(options.seed);
  // Clusters are dealt like a shuffled deck: a cluster returns only after all the others,
  // so events drawn from one cluster are as far apart in time as the pool allows.
  let deck: SourceCluster[] = [];
  const nextCluster = (): SourceCluster => {
    if (deck.length === 0) deck = random.shuffle(pool.clusters);
    const cluster = deck.pop();
    if (cluster === undefined) throw new Error('the source pool has no clusters');
    return cluster;
  };
  const pending = new Map<number, SyntheticArticle[]>();
  let eventCount = 0;
  for (let day = 0; ; day++) {
    let planned = 0;
    while (planned < options.perDay) {
      const reports = eventReports(pool, nextCluster(), random, eventCount++, dayIso(options.start, day));
      for (const [offset, article] of reports) {
        const bucket = pending.get(day + offset) ?? [];
        bucket.push(article);
        pending.set(day + offset, bucket);
      }
      planned += reports.length;
    }
    const today = pending.get(day) ?? [];
    pending.delete(day);
    yield* random.shuffle(today).sort((a, b) => (a.record.published < b.record.published ? -1 : a.record.published > b.record.published ? 1 : 0));
  }
}

function eventReports(pool: SourcePool, cluster: SourceCluster, random: SeededRandom, index: number, day: string): [number, SyntheticArticle][] {
  const names = cluster.names.map(() => random.pick(pool.names));
  const place = random.pick(pool.places);
  const substitute = substitution(cluster, names, place);
  // Each event tells its own part of the cluster, so two events drawn from one cluster
  // share some sentences (as reports of similar happenings do), not whole passages.
  const sentences = cluster.sentences.filter(() => random.chance(EVENT_SHARE)).map(substitute);
  if (sentences.length < 3) sentences.push(...cluster.sentences.slice(0, 3).map(substitute));
  const event = `se_${index}`;
  // Skewed sizes, as in news: most events get a few reports, a few get many.
  const size = Math.min(15, 1 + Math.floor(-Math.log(1 - random.next()) * 4));
  const reports: [number, SyntheticArticle][] = [];
  for (let j = 0; j < size; j++) {
    const offset = random.pick(REPORT_DAYS);
    const published = `${dayIso(day, offset)}T${pad(random.int(5, 22))}:${pad(random.int(0, 59))}:00Z`;
    const outlet = random.pick(OUTLETS);
    const url = `https://news.example/${outlet.toLowerCase().replace(/ /g, '-')}/${event}/${j}`;
    const original = reports.length > 0 && random.chance(SYNDICATED) ? random.pick(reports)[1] : null;
    const text = original ? `${original.record.text}\n\nDistributed by ${original.record.outlet}.` : body(cluster, sentences, random, substitute, place, day);
    const title = original ? original.record.title : headline(sentences, random);
    reports.push([offset, { record: { url, outlet, title, published, text }, event }]);
  }
  return reports;
}

/** A dated lead naming the event's actors, then 3–30 of the cluster's sentences in paragraphs. */
function body(cluster: SourceCluster, sentences: readonly string[], random: SeededRandom, substitute: (s: string) => string, place: string, day: string): string {
  const [first = 'Officials', second = 'others'] = cluster.names.map(substitute);
  const date = new Date(`${day}T00:00:00Z`);
  const when = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  const lead = random.pick(LEADS)(first, second, place, when);
  const count = Math.min(sentences.length, 3 + Math.floor(-Math.log(1 - random.next()) * 8));
  const startAt = random.int(0, Math.max(0, sentences.length - count));
  const paragraphs = [lead];
  let paragraph: string[] = [];
  for (const sentence of sentences.slice(startAt, startAt + count)) {
    paragraph.push(sentence);
    if (random.chance(0.5)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

function headline(sentences: readonly string[], random: SeededRandom): string {
  const words = random.pick(sentences).replace(/[.!?"”]+$/, '').split(' ');
  return words.slice(0, random.int(6, 12)).join(' ');
}

/** Replaces the cluster's own names and place with the event's, whole words only, in one pass. */
function substitution(cluster: SourceCluster, names: readonly string[], place: string): (text: string) => string {
  const replacements = new Map<string, string>(cluster.names.map((name, i) => [name, names[i] ?? name]));
  if (cluster.place && !replacements.has(cluster.place)) replacements.set(cluster.place, place);
  if (replacements.size === 0) return (text) => text;
  // Longest first, so "Mona Lisa Harding" is not cut short by "Mona Lisa".
  const alternatives = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu');
  return (text) => text.replace(pattern, (found) => replacements.get(found) ?? found);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function dayIso(start: string, days: number): string {
  return new Date(Date.parse(`${start.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
