import { documentCase, type DocumentContext } from './document-context.js';
import { featureTemplate, FeatureStringSink, wordTemplate, type FeatureSink, type IdHolder, type WordTemplate } from './feature-sink.js';
import { gazetteerFeatures, gazetteerKey } from './gazetteer-features.js';
import { isCapitalised, wordShapes } from './word-shape.js';
import type { WordClusters } from './word-clusters.js';

/** Bit-path prefix lengths of a word's cluster: coarse to fine, as Ratinov & Roth use Brown paths. */
const CLUSTER_PREFIXES = [4, 6, 10, 20];

/** Digits folded to one symbol, so "1996" and "2017" share statistics. */
const normalise = (w: string): string => w.toLowerCase().replace(/\p{N}/gu, '0');

/** In a capitals headline, a word's cluster is looked up in the case the document uses. */
function clusterOf(clusters: WordClusters, word: string, inCaps: boolean): string | undefined {
  if (!inCaps) return clusters.get(word) ?? clusters.get(word.toLowerCase());
  const title = word.charAt(0) + word.slice(1).toLowerCase();
  return clusters.get(title) ?? clusters.get(word.toLowerCase()) ?? clusters.get(word);
}

/**
 * What the features read of a word alone (in a capitals headline when `inCaps`). It depends
 * on nothing else, so a tagger can compute it once per word (`word-entries.ts`).
 */
export interface WordFacts extends IdHolder {
  /** Lower case. */
  readonly lower: string;
  /** Lower case with digits folded. */
  readonly normal: string;
  readonly shortShape: string;
  /** The first 6 bits of the word's cluster path, if it has one. */
  readonly path6: string | undefined;
  /** The form the gazetteer lists are looked up in. */
  readonly gazetteerKey: string;
  readonly capitalised: boolean;
}

export function wordFacts(w: string, inCaps: boolean, clusters: WordClusters): WordFacts {
  const path = clusterOf(clusters, w, inCaps);
  return { lower: w.toLowerCase(), normal: normalise(w), shortShape: wordShapes(w).short, path6: path ? path.slice(0, 6) : undefined, gazetteerKey: gazetteerKey(w), capitalised: isCapitalised(w), featureIds: [], pairIds: [], pairGeneration: 0 };
}

/**
 * Features of a word alone (for a word in a capitals headline when `inCaps`): the word,
 * shape, affixes, cluster. They depend on nothing else, so a tagger can cache their ids.
 */
export function wordFeatures(w: string, inCaps: boolean, clusters: WordClusters): string[] {
  const l = normalise(w);
  const shape = wordShapes(w);
  const f = ['b', `w=${w}`, `l=${l}`, `s=${shape.long}`, `ss=${shape.short}`];
  for (let n = 1; n <= 4 && n < l.length; n++) f.push(`p${n}=${l.slice(0, n)}`, `x${n}=${l.slice(-n)}`);
  const path = clusterOf(clusters, w, inCaps);
  if (path) for (const n of CLUSTER_PREFIXES) f.push(`c${n}=${path.slice(0, n)}`);
  if (inCaps) f.push(`caps|l=${l}`);
  return f;
}

/** One sentence as the context features read it. */
export interface SentenceFacts {
  readonly facts: readonly WordFacts[];
  readonly gazetteer: readonly (readonly string[])[];
  /** Written in capitals throughout (see `DocumentContext`). */
  readonly inCaps: boolean;
  readonly context: DocumentContext;
  /** The rule finder's label per token, when given (e.g. "B-person!"). */
  readonly hints: readonly string[] | undefined;
}

export function sentenceFacts(facts: readonly WordFacts[], inCaps: boolean, context: DocumentContext, hints?: readonly string[]): SentenceFacts {
  return { facts, gazetteer: gazetteerFeatures(facts.map((f) => f.gazetteerKey)), inCaps, context, hints };
}

/** The casing flags of a capitalised word, as feature values (eight fixed strings). */
const CAP_FLAGS = [false, true].map((lower) => [false, true].map((inside) => [false, true].map((first) => `lower-seen=${lower}|inside-seen=${inside}|first=${first}`)));

const normalOf = (f: WordFacts): string => f.normal;
const shapeOf = (f: WordFacts): string => f.shortShape;
const clusterOf6 = (f: WordFacts): string => f.path6 ?? '';

/** The context feature templates, named after their prefixes. */
const T = {
  lowerBefore: wordTemplate('l-1=', normalOf),
  lowerAfter: wordTemplate('l+1=', normalOf),
  lowerBefore2: wordTemplate('l-2=', normalOf),
  lowerAfter2: wordTemplate('l+2=', normalOf),
  bigramBefore: wordTemplate('l-1l=', normalOf),
  bigramAfter: wordTemplate('ll+1=', normalOf),
  shapeBefore: wordTemplate('s-1=', shapeOf),
  shapeAfter: wordTemplate('s+1=', shapeOf),
  shapesAround: featureTemplate('s-1s+1='),
  firstShape: wordTemplate('first|ss=', shapeOf),
  capsCase: featureTemplate('caps|dc='),
  capitalised: featureTemplate('cap|'),
  list: featureTemplate(''),
  listBefore: featureTemplate('<'),
  listAfter: featureTemplate('>'),
  clusterBefore: wordTemplate('c-1=', clusterOf6),
  clusterAfter: wordTemplate('c+1=', clusterOf6),
  hint: featureTemplate('r='),
  hintBefore: featureTemplate('r-1='),
  hintAfter: featureTemplate('r+1='),
  hintShape: featureTemplate('r|ss='),
};

const at = <T>(list: readonly T[], i: number, edge: T): T => (i < 0 || i >= list.length ? edge : list[i]!);

/**
 * Features of token `i` that depend on its neighbours and its document: the words and shapes
 * around it, casing context, list matches, neighbours' clusters, and the rule finder's hints.
 */
export function writeContextFeatures(sentence: SentenceFacts, i: number, sink: FeatureSink): void {
  const { facts, gazetteer, inCaps, context, hints } = sentence;
  const own = facts[i]!;
  const before = i > 0 ? facts[i - 1]! : undefined;
  const after = i + 1 < facts.length ? facts[i + 1]! : undefined;
  const before2 = i > 1 ? facts[i - 2]! : undefined;
  const after2 = i + 2 < facts.length ? facts[i + 2]! : undefined;
  // Beyond the sentence, the edge markers stand in for the word ("l-1=<s>").
  const neighbour = (t: WordTemplate<WordFacts>, f: WordFacts | undefined, edge: string): void => (f ? sink.word(t, f) : sink.one(t, edge));
  neighbour(T.lowerBefore, before, '<s>');
  neighbour(T.lowerAfter, after, '</s>');
  neighbour(T.lowerBefore2, before2, '<s>');
  neighbour(T.lowerAfter2, after2, '</s>');
  if (before) sink.pair(T.bigramBefore, before, own);
  else sink.two(T.bigramBefore, '<s>', own.normal);
  if (after) sink.pair(T.bigramAfter, own, after);
  else sink.two(T.bigramAfter, own.normal, '</s>');
  neighbour(T.shapeBefore, before, '<s>');
  neighbour(T.shapeAfter, after, '</s>');
  sink.three(T.shapesAround, before?.shortShape ?? '<s>', own.shortShape, after?.shortShape ?? '</s>');
  if (i === 0) sink.word(T.firstShape, own);
  if (inCaps) sink.one(T.capsCase, documentCase(context, own.lower));
  else if (own.capitalised) sink.one(T.capitalised, CAP_FLAGS[+context.seenLower.has(own.lower)]![+context.seenCapitalisedInside.has(own.lower)]![+(i === 0)]!);
  for (const g of gazetteer[i]!) sink.one(T.list, g);
  for (const g of at(gazetteer, i - 1, [])) sink.one(T.listBefore, g);
  for (const g of at(gazetteer, i + 1, [])) sink.one(T.listAfter, g);
  if (before?.path6) sink.word(T.clusterBefore, before);
  if (after?.path6) sink.word(T.clusterAfter, after);
  if (hints) {
    const hint = hints[i] ?? 'O';
    sink.one(T.hint, hint);
    sink.one(T.hintBefore, at(hints, i - 1, '<s>'));
    sink.one(T.hintAfter, at(hints, i + 1, '</s>'));
    sink.two(T.hintShape, hint, own.shortShape);
  }
  sink.endToken();
}

/** The context features of every token of sentence `s`, as strings (see `writeContextFeatures`). */
export function contextFeatures(words: readonly string[], s: number, context: DocumentContext, clusters: WordClusters, hints?: readonly string[]): string[][] {
  const inCaps = context.capsSentence[s] ?? false;
  const sentence = sentenceFacts(words.map((w) => wordFacts(w, inCaps, clusters)), inCaps, context, hints);
  const sink = new FeatureStringSink();
  words.forEach((_, i) => writeContextFeatures(sentence, i, sink));
  return sink.tokens;
}
