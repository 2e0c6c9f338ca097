import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityType, Mention } from '../../core/model.js';
import { StorylineError } from '../../core/errors.js';
import { canonicalKey } from '../../stages/entities/canonical-key.js';
import { extractMentions, resolveEntities } from '../../stages/entities/index.js';
import { fixtureArticle } from '../../stages/entities/fixture-article.js';
import { DEMONYMS } from '../../stages/entities/places.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { NerTally, type NerScore } from './ner-score.js';
import { chunksOf, readConll, type ConllChunk, type ConllDocument } from './read-conll.js';

export interface NerEvalReport {
  readonly corpus: string;
  readonly file: string;
  readonly documents: number;
  readonly sentences: number;
  /** Each mention typed as its canonical entity (the corpus-wide vote), as the product shows it. */
  readonly overall: NerScore;
  readonly byType: Readonly<Record<string, NerScore>>;
  /** Each mention typed by its own article only. */
  readonly articleOnly: NerScore;
}

const LABELS: Readonly<Record<EntityType, string>> = { person: 'PER', organisation: 'ORG', place: 'LOC', other: 'MISC' };

/**
 * CoNLL labels a nationality adjective ("Russian") MISC; our stage folds it into the
 * country's key and types it a place, so the eval maps it back.
 */
function labelOf(m: Mention, type: EntityType = m.type): string {
  const surface = canonicalKey(m.text);
  if (m.type === 'place' && surface !== m.key && (DEMONYMS[surface] ?? DEMONYMS[surface.replace(/s$/, '')])) return 'MISC';
  return LABELS[type];
}

interface Layout {
  readonly text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  readonly offsets: readonly (readonly [number, number])[][];
}

/** Tokens joined by spaces, each sentence its own paragraph; the first is the title. */
function layout(doc: ConllDocument): Layout {
  let text = '';
  const offsets = doc.sentences.map((sentence, s) => {
    if (s > 0) text += '\n\n';
    return sentence.map((token, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += token.text;
      return [start, text.length] as const;
    });
  });
  return { text, offsets };
}

/** The token range a mention covers, sentence by sentence. */
function chunkOf(m: Mention, offsets: Layout['offsets'], type?: EntityType): ConllChunk | null {
  for (let s = 0; s < offsets.length; s++) {
    const tokens = offsets[s] ?? [];
    const start = tokens.findIndex(([a, b]) => a <= m.start && m.start < b);
    if (start < 0) continue;
    const last = tokens.findIndex(([a, b]) => a < m.end && m.end <= b);
    return last < start ? null : { sentence: s, start, end: last + 1, type: labelOf(m, type) };
  }
  return null;
}

function mentionsOf(doc: ConllDocument): { mentions: Mention[]; offsets: Layout['offsets'] } {
  const { text, offsets } = layout(doc);
  const article = fixtureArticle(text, { titleFirst: true });
  return { mentions: extractMentions(article, segmentArticle(article)), offsets };
}

/**
 * Our mentions of one document as CoNLL chunks, typed by the article alone, or by
 * `typeOf` (a mention's canonical entity type) when given.
 */
export function predictChunks(doc: ConllDocument, typeOf?: (m: Mention) => EntityType | undefined): ConllChunk[] {
  const { mentions, offsets } = mentionsOf(doc);
  return mentions.map((m) => chunkOf(m, offsets, typeOf?.(m))).filter((c): c is ConllChunk => c !== null);
}

/**
 * Exact-span NER micro F1 (conlleval) of the entities stage on a CoNLL-2003 file:
 * `corpus` is the folder holding `eng.testa` (or a path to the file itself). Rules and lists
 * only; nothing is trained on the corpus. Documents are treated as one corpus, so each
 * mention can take its entity's corpus-wide type (`overall`); `articleOnly` scores without.
 */
export async function runNerEval(options: { readonly corpus: string; readonly file?: string }): Promise<NerEvalReport> {
  const info = await stat(options.corpus).catch(() => null);
  if (!info) throw new StorylineError('EVAL_DATA_MISSING', `no CoNLL corpus at ${options.corpus}`);
  const path = info.isDirectory() ? join(options.corpus, options.file ?? 'eng.testa') : options.corpus;
  const raw = await readFile(path, 'utf8').catch(() => null);
  if (raw === null) throw new StorylineError('EVAL_DATA_MISSING', `no CoNLL file at ${path}`);
  const documents = readConll(raw);
  // Entity resolution over the whole file, as the pipeline runs it on a corpus (no labels used).
  const resolution = resolveEntities(documents.map((doc, i) => ({ articleId: String(i), mentions: mentionsOf(doc).mentions })));
  const entityType = new Map(resolution.entities.map((e) => [e.id, e.type]));
  const typeOf = (m: Mention): EntityType | undefined => entityType.get(resolution.keyToEntity.get(m.key) ?? '');
  const corpusTally = new NerTally();
  const articleTally = new NerTally();
  let sentences = 0;
  for (const doc of documents) {
    const gold = doc.sentences.flatMap((sentence, s) => chunksOf(sentence.map((t) => t.tag), s));
    corpusTally.add(gold, predictChunks(doc, typeOf));
    articleTally.add(gold, predictChunks(doc));
    sentences += doc.sentences.length;
  }
  return {
    corpus: options.corpus, file: path, documents: documents.length, sentences,
    overall: corpusTally.overall(), byType: corpusTally.byType(), articleOnly: articleTally.overall(),
  };
}
