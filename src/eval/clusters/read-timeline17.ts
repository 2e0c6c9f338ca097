import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StorylineError } from '../../core/errors.js';

/** One Timeline17 input article, dated by the day folder it sits in. */
export interface Timeline17Article {
  /** `t17_<topic>_<outlet>_<day>_<file>`: stable and unique. */
  readonly id: string;
  /** The gold story: `bpoil`, `H1N1`, `MJ`, `haiti`, `Finan`. */
  readonly topic: string;
  readonly outlet: string;
  /** ISO day of publication. */
  readonly day: string;
  /** Paragraphs (one per sentence line of the file), blank-line separated, detokenised. */
  readonly text: string;
}

/**
 * Every article of a Timeline17 folder (`<topic>_<outlet>/InputDocs/<YYYY-MM-DD>/*.htm.txt`),
 * sorted by day, then topic, outlet and file name, so any caller sees one order.
 * `folder` is the `t17` folder or the corpora folder holding `timelines/t17`.
 */
export function readTimeline17(folder: string): Timeline17Article[] {
  const root = existsSync(join(folder, 'timelines', 't17')) ? join(folder, 'timelines', 't17') : folder;
  if (!existsSync(root)) throw new StorylineError('EVAL_DATA_MISSING', `no Timeline17 folder at ${root}`, { path: root });
  const articles: Timeline17Article[] = [];
  for (const topicOutlet of sortedDirs(root)) {
    const [topic = '', ...rest] = topicOutlet.split('_');
    const inputs = join(root, topicOutlet, 'InputDocs');
    if (!existsSync(inputs)) continue;
    for (const day of sortedDirs(inputs).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))) {
      for (const file of readdirSync(join(inputs, day)).filter((name) => name.endsWith('.txt')).sort()) {
        const text = detokenise(readFileSync(join(inputs, day, file), 'utf8'));
        if (text === '') continue;
        articles.push({ id: `t17_${topicOutlet}_${day}_${file.replace(/\.htm\.txt$|\.txt$/, '')}`, topic, outlet: rest.join('_'), day, text });
      }
    }
  }
  return articles.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sortedDirs(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/**
 * The files are Penn-Treebank tokenised, one sentence a line (`BP 's`, `-LRB-`, `` ` ` ``).
 * Undoing the tokenisation gives the stages the kind of text they meet in real articles.
 */
export function detokenise(raw: string): string {
  return raw
    .replace(/\r/g, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/-LRB-/g, '(').replace(/-RRB-/g, ')').replace(/-LSB-/g, '[').replace(/-RSB-/g, ']')
        .replace(/``\s*/g, '"').replace(/\s*''/g, '"')
        .replace(/\s+([.,;:!?%)\]]|'s\b|'re\b|'ve\b|'ll\b|'d\b|n't\b|'m\b)/g, '$1')
        .replace(/([([$])\s+/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n\n');
}
