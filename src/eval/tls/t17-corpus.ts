import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatedArticle } from '../../stages/tls/index.js';
import { readTimelineFile } from './timeline-file.js';
import type { Timeline } from './timeline.js';

/** One Timeline17 topic: the union of its outlets' articles and every gold timeline. */
export interface TlsTopic {
  readonly name: string;
  readonly articles: readonly DatedArticle[];
  readonly golds: readonly { readonly name: string; readonly timeline: Timeline }[];
}

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/** Topic names of a T17-layout folder (`<topic>_<outlet>/`), sorted. */
export function listTopics(corpus: string): string[] {
  return [...new Set(outletFolders(corpus).map((dir) => dir.slice(0, dir.indexOf('_'))))].sort();
}

/** Reads `<topic>_<outlet>/InputDocs/<YYYY-MM-DD>/<n>.htm.txt` (dated by folder) and `timelines/*.txt`. */
export function readTopic(corpus: string, topic: string): TlsTopic {
  const articles: DatedArticle[] = [];
  const golds: { name: string; timeline: Timeline }[] = [];
  for (const dir of outletFolders(corpus).filter((d) => d.startsWith(`${topic}_`))) {
    const docs = join(corpus, dir, 'InputDocs');
    for (const day of sortedEntries(docs).filter((d) => DAY_FOLDER.test(d))) {
      for (const file of sortedEntries(join(docs, day))) {
        const text = new TextDecoder('utf-8').decode(readFileSync(join(docs, day, file)));
        articles.push({ id: `${dir}/${day}/${file}`, published: day, text });
      }
    }
    const timelines = join(corpus, dir, 'timelines');
    for (const file of sortedEntries(timelines).filter((f) => f.endsWith('.txt'))) {
      golds.push({ name: `${dir}/${file}`, timeline: readTimelineFile(join(timelines, file)) });
    }
  }
  return { name: topic, articles, golds };
}

function outletFolders(corpus: string): string[] {
  return sortedEntries(corpus).filter((d) => d.includes('_') && existsSync(join(corpus, d, 'InputDocs')));
}

function sortedEntries(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}
