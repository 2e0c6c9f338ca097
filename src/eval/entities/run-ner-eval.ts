import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityType, Mention } from '../../core/model.js';
import { StorylineError } from '../../core/errors.js';
import { canonicalKey } from '../../stages/entities/canonical-key.js';
import { extractMentions, namedMentions, resolveEntities } from '../../stages/entities/index.js';
import { demonymBases } from '../../stages/entities/demonyms.js';
import { DEMONYMS } from '../../stages/entities/places.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { conllArticle, type ConllOffsets } from './conll-article.js';
import { NerTally, type NerScore } from './ner-score.js';
import { chunksOf, readConll, type ConllChunk, type ConllDocument } from './read-conll.js';

export interface NerEvalReport {
  readonly corpus: string;
  readonly file: string;
  readonly documents: number;
  readonly sentences: number;
  /** Each mention with the type the entities stage gave it, as article pages show it. */
  readonly overall: NerScore;
  readonly byType: Readonly<Record<string, NerScore>>;
  /**
   * Each mention typed as its canonical entity (the corpus-wide vote, as entity lists show
   * it). Lower on CoNLL: its 216 unrelated documents share names of different types
   * ("Detroit" the city in a dateline, the team in a score line).
   */
  readonly corpusTyped: NerScore;
}

const LABELS: Readonly<Record<EntityType, string>> = { person: 'PER', organisation: 'ORG', place: 'LOC', other: 'MISC' };

/**
 * CoNLL labels a nationality adjective ("Russian", or "Zairean" that in-article resolution
 * folds into "Zaire") and an adjective built on a place name
 * ("Vienna-based", one token) MISC; our stage folds the first into the country's key and
 * cuts the second down to its place ("Vienna"), both typed place, so the eval maps them back.
 * `rest` is the article text from the mention's end.
 */
function labelOf(m: Mention, rest: string, type: EntityType = m.type): string {
  const surface = canonicalKey(m.text);
  if (m.type === 'place' && surface !== m.key && (DEMONYMS[surface] ?? DEMONYMS[surface.replace(/s$/, '')] ?? demonymBases(surface).includes(m.key))) return 'MISC';
  if (m.type === 'place' && /^-\p{L}/u.test(rest)) return 'MISC';
  return LABELS[type];
}

/** The token range a mention covers, sentence by sentence. */
function chunkOf(m: Mention, text: string, offsets: ConllOffsets, type?: EntityType): ConllChunk | null {
  for (let s = 0; s < offsets.length; s++) {
    const tokens = offsets[s] ?? [];
    const start = tokens.findIndex(([a, b]) => a <= m.start && m.start < b);
    if (start < 0) continue;
    const last = tokens.findIndex(([a, b]) => a < m.end && m.end <= b);
    return last < start ? null : { sentence: s, start, end: last + 1, type: labelOf(m, text.slice(m.end, m.end + 16), type) };
  }
  return null;
}

/** The stage's named mentions of a document: CoNLL and GUM's NER layer do not mark pronouns. */
function mentionsOf(doc: ConllDocument): { mentions: Mention[]; text: string; offsets: ConllOffsets } {
  const { article, offsets } = conllArticle(doc);
  return { mentions: namedMentions(extractMentions(article, segmentArticle(article))), text: article.text, offsets };
}

/**
 * Our mentions of one document as CoNLL chunks, typed by the article alone, or by
 * `typeOf` (a mention's canonical entity type) when given.
 */
export function predictChunks(doc: ConllDocument, typeOf?: (m: Mention) => EntityType | undefined): ConllChunk[] {
  return chunksOfMentions(mentionsOf(doc), typeOf);
}

function chunksOfMentions({ mentions, text, offsets }: ReturnType<typeof mentionsOf>, typeOf?: (m: Mention) => EntityType | undefined): ConllChunk[] {
  return mentions.map((m) => chunkOf(m, text, offsets, typeOf?.(m))).filter((c): c is ConllChunk => c !== null);
}

/**
 * Exact-span NER micro F1 (conlleval) of the entities stage on a CoNLL-2003 file:
 * `corpus` is the folder holding `eng.testa` (or a path to the file itself). The stage's
 * tagger was trained on eng.train only (models/ner/README.md). `overall` scores each
 * mention's own type; `corpusTyped` treats the documents as one corpus and gives each mention
 * its entity's corpus-wide type.
 */
export async function runNerEval(options: { readonly corpus: string; readonly file?: string }): Promise<NerEvalReport> {
  const info = await stat(options.corpus).catch(() => null);
  if (!info) throw new StorylineError('EVAL_DATA_MISSING', `no CoNLL corpus at ${options.corpus}`);
  const path = info.isDirectory() ? join(options.corpus, options.file ?? 'eng.testa') : options.corpus;
  const raw = await readFile(path, 'utf8').catch(() => null);
  if (raw === null) throw new StorylineError('EVAL_DATA_MISSING', `no CoNLL file at ${path}`);
  const documents = readConll(raw);
  // Entity resolution over the whole file, as the pipeline runs it on a corpus (no labels used).
  const found = documents.map(mentionsOf);
  const resolution = resolveEntities(found.map(({ mentions }, i) => ({ articleId: String(i), mentions })));
  const entityType = new Map(resolution.entities.map((e) => [e.id, e.type]));
  const typeOf = (m: Mention): EntityType | undefined => entityType.get(resolution.keyToEntity.get(m.key) ?? '');
  const corpusTally = new NerTally();
  const mentionTally = new NerTally();
  let sentences = 0;
  documents.forEach((doc, i) => {
    const gold = doc.sentences.flatMap((sentence, s) => chunksOf(sentence.map((t) => t.tag), s));
    corpusTally.add(gold, chunksOfMentions(found[i]!, typeOf));
    mentionTally.add(gold, chunksOfMentions(found[i]!));
    sentences += doc.sentences.length;
  });
  return {
    corpus: options.corpus, file: path, documents: documents.length, sentences,
    overall: mentionTally.overall(), byType: mentionTally.byType(), corpusTyped: corpusTally.overall(),
  };
}
