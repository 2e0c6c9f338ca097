import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { StorylineError } from '../../core/errors.js';
import { tagTimexes } from '../../stages/dates/index.js';
import { addCounts, countDocument, EMPTY_COUNTS, pairDocument, scoreCounts, type TimexScores } from './tempeval-scorer.js';
import { isContested, phraseForms } from './gold-consistency.js';
import { valueErrorBucket } from './value-error-bucket.js';
import { readTimemlFile, type TimemlDocument } from './timeml-reader.js';

export interface DatesEvalOptions {
  /** The `tempeval3` folder, `corpora/dates`, or a corpora root. */
  readonly corpus: string;
}

export interface DatesEvalReport {
  readonly corpus: string;
  readonly documents: number;
  /** One entry per sub-corpus folder (TimeBank, AQUAINT), then `total`. */
  readonly subcorpora: Readonly<Record<string, TimexScores>>;
  readonly total: TimexScores;
  /** Relaxed pairs with a wrong value, by why (see value-error-bucket.ts), most first. */
  readonly valueErrors: Readonly<Record<string, number>>;
  /** Relaxed pairs with a wrong type, as `gold→system` (`DATE→TIME`), most first. */
  readonly typeErrors: Readonly<Record<string, number>>;
  /**
   * Wrong values the gold itself writes in the system's form for the same phrase elsewhere
   * (see gold-consistency.ts), and the value F1 if all of them were counted right: an upper
   * bound on what settling the gold's disagreements either way could buy.
   */
  readonly contestedValues: number;
  readonly valueF1IfContestedRight: number;
}

function resolveTempeval(corpus: string): string | null {
  for (const dir of [corpus, join(corpus, 'tempeval3'), join(corpus, 'dates', 'tempeval3')]) {
    if (existsSync(dir) && readdirSync(dir).some((name) => existsSync(join(dir, name)) && subcorpusFiles(join(dir, name)).length > 0)) return dir;
  }
  return null;
}

function subcorpusFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.tml')).sort();
  } catch {
    return [];
  }
}

/** Every `.tml` document under the corpus, grouped by sub-corpus folder; null when absent. */
export function readTempeval(corpus: string): Map<string, TimemlDocument[]> | null {
  const dir = resolveTempeval(corpus);
  if (!dir) return null;
  const groups = new Map<string, TimemlDocument[]>();
  for (const sub of readdirSync(dir).sort()) {
    const files = subcorpusFiles(join(dir, sub));
    if (files.length === 0) continue;
    groups.set(sub, files.map((file) => readTimemlFile(join(dir, sub, file), basename(file, '.tml'))));
  }
  return groups;
}

export async function runDatesEval(opts: DatesEvalOptions): Promise<DatesEvalReport> {
  const groups = readTempeval(opts.corpus);
  if (!groups) throw new StorylineError('EVAL_DATA_MISSING', `no TempEval-3 .tml files under ${opts.corpus}`, { corpus: opts.corpus });
  const subcorpora: Record<string, TimexScores> = {};
  let total = EMPTY_COUNTS;
  let documents = 0;
  const valueErrors = new Map<string, number>();
  const typeErrors = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const forms = phraseForms([...groups.values()].flat().flatMap((doc) => doc.timexes));
  let contested = 0;
  for (const [name, docs] of groups) {
    let counts = EMPTY_COUNTS;
    for (const doc of docs) {
      const system = doc.dct ? tagTimexes(doc.text, doc.dct) : [];
      counts = addCounts(counts, countDocument(doc.text, doc.timexes, system));
      for (const pair of pairDocument(doc.text, doc.timexes, system)) {
        if (pair.system.value !== pair.gold.value) bump(valueErrors, valueErrorBucket(pair.gold, pair.system));
        if (isContested({ ...pair, gold: { ...pair.gold, text: doc.text.slice(pair.gold.start, pair.gold.end) } }, forms)) contested++;
        if (pair.system.type !== pair.gold.type) bump(typeErrors, `${pair.gold.type}→${pair.system.type}`);
      }
    }
    subcorpora[name] = scoreCounts(counts);
    total = addCounts(total, counts);
    documents += docs.length;
  }
  return {
    corpus: opts.corpus, documents, subcorpora, total: scoreCounts(total),
    valueErrors: ranked(valueErrors), typeErrors: ranked(typeErrors),
    contestedValues: contested,
    valueF1IfContestedRight: scoreCounts({ ...total, valueMatches: total.valueMatches + contested }).valueF1,
  };
}

/** Counts as a plain record, largest first (ties by name), so reports read top-down. */
function ranked(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
