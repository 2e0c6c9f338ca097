import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../../core/errors.js';
import { decodeBytes } from '../../ingest/index.js';
import { readPredictionsFile } from './read-predictions.js';

export interface ExtractionCorpus {
  readonly dir: string;
  readonly layout: 'aeb' | 'dragnet';
  /** id → article text the extractor is scored against. */
  readonly gold: ReadonlyMap<string, string>;
  /** Dragnet only: id → the whole gold file, reader comments included. */
  readonly goldWithComments?: ReadonlyMap<string, string>;
  /** id → path of the page (gzipped or not). */
  readonly pages: ReadonlyMap<string, string>;
}

/**
 * Dragnet gold files hold the article, then a line such as `!@#$%^&*()  COMMENTS`, then the
 * reader comments. Dragnet's own loader (`load_text_data`) scores content against the part
 * before that line; the marker is typed by hand, so its punctuation and spacing vary.
 * (24 files have Windows line ends; `$` in a JavaScript multiline pattern matches before `\r`.)
 */
const COMMENTS_MARKER = /^[ \t]*[!@#$%^&*()][!@#$%^&*() \t]{4,}COMMENTS[ \t]*$/m;

export function splitDragnetGold(text: string): { content: string; comments: string } {
  const marker = COMMENTS_MARKER.exec(text);
  if (marker === null) return { content: text, comments: '' };
  return { content: text.slice(0, marker.index), comments: text.slice(marker.index + marker[0].length) };
}

function listPages(dir: string, gold: ReadonlyMap<string, string>): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.html?(\.gz)?$/, '');
    if (gold.has(id)) pages.set(id, join(dir, file));
  }
  return pages;
}

/**
 * AEB layout (`ground-truth.json` + `html/<id>.html.gz`) or Dragnet layout
 * (`gold/<id>.txt` + `input/<id>.html.gz`); `corpus` may also be the corpora root (AEB).
 */
export function openExtractionCorpus(corpus: string): ExtractionCorpus {
  for (const dir of [corpus, join(corpus, 'aeb'), join(corpus, 'extraction', 'aeb')]) {
    if (!existsSync(join(dir, 'ground-truth.json'))) continue;
    const gold = readPredictionsFile(join(dir, 'ground-truth.json'));
    return { dir, layout: 'aeb', gold, pages: listPages(join(dir, 'html'), gold) };
  }
  if (existsSync(join(corpus, 'gold')) && existsSync(join(corpus, 'input'))) {
    const gold = new Map<string, string>();
    const goldWithComments = new Map<string, string>();
    for (const file of readdirSync(join(corpus, 'gold')).sort()) {
      if (!file.endsWith('.txt')) continue;
      const text = readGoldText(join(corpus, 'gold', file));
      gold.set(file.slice(0, -4), splitDragnetGold(text).content);
      goldWithComments.set(file.slice(0, -4), text);
    }
    return { dir: corpus, layout: 'dragnet', gold, goldWithComments, pages: listPages(join(corpus, 'input'), gold) };
  }
  throw new StorylineError('EVAL_DATA_MISSING', `no AEB or Dragnet corpus under ${corpus}`, { corpus });
}

/**
 * A page decoded the way the engine's HTML reader decodes it (BOM, `<meta charset>`, else
 * UTF-8 if valid, else Windows-1252), so the eval scores what the product would extract.
 * Three Dragnet pages are Windows-1252 and read as UTF-8 gave replacement characters.
 */
export function readPage(path: string): string {
  const bytes = readFileSync(path);
  return decodeBytes(path.endsWith('.gz') ? gunzipSync(bytes) : bytes, { prescan: true }).text;
}

/**
 * Dragnet gold files are mostly UTF-8, but four are UTF-16 with a byte-order mark and
 * fifteen are Windows-1252; read as UTF-8 those scored zero for every system.
 */
export function readGoldText(path: string): string {
  return decodeBytes(readFileSync(path)).text;
}
