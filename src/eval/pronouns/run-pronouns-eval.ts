import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StorylineError } from '../../core/errors.js';
import type { PronounClass } from '../../stages/entities/pronoun-words.js';
import { extractMentions, namedMentions } from '../../stages/entities/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { conllArticle } from '../entities/conll-article.js';
import { nearestPersonBaseline } from './nearest-person-baseline.js';
import { PronounTally, type PronounScore } from './pronoun-tally.js';
import { readGumCoref } from './read-gum-coref.js';

export interface PronounGroupReport {
  readonly documents: number;
  readonly overall: PronounScore;
  readonly byClass: Readonly<Record<PronounClass, PronounScore>>;
  /** The resolver on he/him/his/himself/she/her/hers/herself only. */
  readonly personal: PronounScore;
  /** Nearest preceding person of any gender, for he/she/him/his/her… only: over all gold pronouns, and over he/she ones. */
  readonly baseline: PronounScore;
  readonly baselinePersonal: PronounScore;
}

export interface PronounsEvalReport {
  readonly corpus: string;
  /** GUM's news documents (reported); `tuning`: the train split without news (thresholds chosen there); `all`: every document. */
  readonly groups: Readonly<Record<'news' | 'tuning' | 'all', PronounGroupReport>>;
}

interface Group { documents: number; system: PronounTally; baseline: PronounTally }

/** Names of the train split's documents, from GUM's `splits.md` (empty when it is missing). */
async function trainDocuments(corpus: string): Promise<Set<string>> {
  const text = await readFile(join(corpus, 'splits.md'), 'utf8').catch(() => '');
  const section = /## train\n([\s\S]*?)(?:\n## |$)/.exec(text)?.[1] ?? '';
  return new Set([...section.matchAll(/\*\s+(\S+)/g)].map((m) => m[1]!));
}

/**
 * Pronoun resolution of the entities stage on GUM (CC BY 4.0): each document read as an
 * article (sentences as paragraphs, the first as title), the stage run as the pipeline runs
 * it, its pronoun mentions scored against GUM's coreference chains (`PronounTally`).
 * `corpus` is the GUM folder (with `tsv/` and `splits.md`).
 */
export async function runPronounsEval(options: { readonly corpus: string; readonly progress?: (done: number, total: number) => void }): Promise<PronounsEvalReport> {
  const dir = join(options.corpus, 'tsv');
  if (!(await stat(dir).catch(() => null))) throw new StorylineError('EVAL_DATA_MISSING', `no GUM tsv folder at ${dir}`);
  const train = await trainDocuments(options.corpus);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.tsv')).sort();
  const groups = { news: newGroup(), tuning: newGroup(), all: newGroup() };
  for (const [done, file] of files.entries()) {
    const name = file.replace(/\.tsv$/, '');
    const doc = readGumCoref(await readFile(join(dir, file), 'utf8'));
    const { article, offsets } = conllArticle({ sentences: doc.sentences.map((s) => s.map((text) => ({ text, tag: 'O' }))) });
    const mentions = extractMentions(article, segmentArticle(article));
    const baseline = nearestPersonBaseline(article.text, namedMentions(mentions));
    const into = [groups.all, ...(name.startsWith('GUM_news_') ? [groups.news] : train.has(name) ? [groups.tuning] : [])];
    for (const group of into) {
      group.documents++;
      group.system.add(doc, offsets, mentions);
      group.baseline.add(doc, offsets, [...namedMentions(mentions), ...baseline]);
    }
    options.progress?.(done + 1, files.length);
  }
  return { corpus: options.corpus, groups: { news: report(groups.news), tuning: report(groups.tuning), all: report(groups.all) } };
}

function newGroup(): Group {
  return { documents: 0, system: new PronounTally(), baseline: new PronounTally() };
}

function report(g: Group): PronounGroupReport {
  const personal = ['male', 'female'] as const;
  return {
    documents: g.documents, overall: g.system.score(), byClass: g.system.byClass(), personal: g.system.score(personal),
    baseline: g.baseline.score(), baselinePersonal: g.baseline.score(personal),
  };
}
