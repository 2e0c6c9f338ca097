import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readMultiNews, readTimeline17 } from '../../src/eval/clusters/index.js';

/** One real news cluster the generator recombines: its sentences and the names they use. */
export interface SourceCluster {
  readonly sentences: readonly string[];
  /** The cluster's most frequent multi-word names, most frequent first: replaced per synthetic event. */
  readonly names: readonly string[];
  /** The cluster's most frequent place, replaced per synthetic event. */
  readonly place: string | null;
}

/** Everything the generator draws from, read from the development corpora at run time. */
export interface SourcePool {
  readonly clusters: readonly SourceCluster[];
  /** Multi-word capitalised names seen at least twice across the corpora. */
  readonly names: readonly string[];
  readonly places: readonly string[];
}

/** Sentences shorter than this are fragments (headings, "Photo: AP"); longer ones are run-ons. */
const MIN_SENTENCE = 50;
const MAX_SENTENCE = 320;
/** A cluster must offer enough sentences for several distinct reports. */
const MIN_CLUSTER_SENTENCES = 12;
/** Names per cluster worth substituting: beyond the top few a name is a passing mention. */
const CLUSTER_NAMES = 6;
const NAME_RUN = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?![\p{L}])/gu;
const PLACE_AFTER = /\b(?:in|from|near) (\p{Lu}\p{Ll}{3,})(?![\p{L} ]*\p{Lu})/gu;

/**
 * Reads Multi-News (`summaries/multinews-val.jsonl`, the source clusters) and Timeline17
 * (`timelines/t17`, more names and places). Null when the corpora are absent.
 */
export function readSourcePool(corpora: string): SourcePool | null {
  const multiNews = join(corpora, 'summaries', 'multinews-val.jsonl');
  if (!existsSync(multiNews)) return null;
  const nameCounts = new Map<string, number>();
  const placeCounts = new Map<string, number>();
  const clusters: SourceCluster[] = [];
  for (const gold of readMultiNews(multiNews)) {
    const sentences = gold.documents.flatMap(splitSentences);
    if (sentences.length < MIN_CLUSTER_SENTENCES) continue;
    const names = countMatches(sentences, NAME_RUN);
    const places = countMatches(sentences, PLACE_AFTER);
    addCounts(nameCounts, names);
    addCounts(placeCounts, places);
    clusters.push({ sentences, names: topKeys(names, CLUSTER_NAMES), place: topKeys(places, 1)[0] ?? null });
  }
  const t17 = join(corpora, 'timelines', 't17');
  if (existsSync(t17)) {
    // Names and places only: a Timeline17 topic is one long story (every day of the oil
    // spill names BP and the Gulf), so its days would make events that are not distinct.
    for (const article of readTimeline17(t17)) {
      const sentences = article.text.split('\n\n');
      addCounts(nameCounts, countMatches(sentences, NAME_RUN));
      addCounts(placeCounts, countMatches(sentences, PLACE_AFTER));
    }
  }
  const names = [...nameCounts].filter(([, n]) => n >= 2).map(([name]) => name).sort();
  const places = [...placeCounts].filter(([, n]) => n >= 3).map(([place]) => place).sort();
  return { clusters, names, places };
}

/** Paragraphs (Multi-News separates them with blank lines) split into sentences of a sane length. */
export function splitSentences(document: string): string[] {
  return document
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u))
    .filter(saneSentence);
}

function saneSentence(s: string): boolean {
  return s.length >= MIN_SENTENCE && s.length <= MAX_SENTENCE && /[.!?]["”’]?$/.test(s);
}

function countMatches(sentences: readonly string[], pattern: RegExp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(pattern)) {
      const key = match[1];
      // A run that opens the sentence is often just a capitalised first word ("The Senate").
      if (key === undefined || match.index === 0) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
}

function topKeys(counts: ReadonlyMap<string, number>, limit: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([key]) => key);
}
