import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StorylineError } from '../../core/errors.js';
import { NerTally, type NerScore } from './ner-score.js';
import { chunksOf } from './read-conll.js';
import { readGumTsv } from './read-gum.js';
import { predictChunks } from './run-ner-eval.js';

export interface GumNerReport {
  readonly corpus: string;
  readonly documents: number;
  readonly sentences: number;
  readonly overall: NerScore;
  readonly byType: Readonly<Record<string, NerScore>>;
}

/**
 * Exact-span NER F1 of the entities stage on GUM's news documents (`GUM_news_*`, CC BY 4.0),
 * GUM's mentions mapped to CoNLL names by `readGumTsv`. `corpus` is the GUM folder (with
 * `tsv/`). Out of domain for the tagger (trained on Reuters 1996); nothing trains on GUM.
 */
export async function runGumNerEval(options: { readonly corpus: string; readonly prefix?: string }): Promise<GumNerReport> {
  const dir = join(options.corpus, 'tsv');
  if (!(await stat(dir).catch(() => null))) throw new StorylineError('EVAL_DATA_MISSING', `no GUM tsv folder at ${dir}`);
  const prefix = options.prefix ?? 'GUM_news_';
  const files = (await readdir(dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.tsv')).sort();
  const tally = new NerTally();
  let sentences = 0;
  for (const file of files) {
    const doc = readGumTsv(await readFile(join(dir, file), 'utf8'));
    const gold = doc.sentences.flatMap((sentence, s) => chunksOf(sentence.map((t) => t.tag), s));
    tally.add(gold, predictChunks(doc));
    sentences += doc.sentences.length;
  }
  return { corpus: options.corpus, documents: files.length, sentences, overall: tally.overall(), byType: tally.byType() };
}
