import { documentCase, type DocumentContext } from './document-context.js';
import { gazetteerFeatures } from './gazetteer-features.js';
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

/**
 * Features of every token of one sentence that depend on its neighbours and its document:
 * the words and shapes around it, casing context, list matches, neighbours' clusters, and
 * the hints of the rule-based name finder when given (its label for the token, e.g. "B-person!").
 */
export function contextFeatures(words: readonly string[], s: number, context: DocumentContext, clusters: WordClusters, hints?: readonly string[]): string[][] {
  const inCaps = context.capsSentence[s] ?? false;
  const lower = words.map(normalise);
  const short = words.map((w) => wordShapes(w).short);
  const gaz = gazetteerFeatures(words);
  const paths = words.map((w) => clusterOf(clusters, w, inCaps));
  const at = <T>(list: readonly T[], i: number, edge: T): T => (i < 0 || i >= list.length ? edge : list[i]!);
  return words.map((w, i) => {
    const l = lower[i]!;
    const prev = at(lower, i - 1, '<s>');
    const next = at(lower, i + 1, '</s>');
    const f = [`l-1=${prev}`, `l+1=${next}`, `l-2=${at(lower, i - 2, '<s>')}`, `l+2=${at(lower, i + 2, '</s>')}`];
    f.push(`l-1l=${prev}|${l}`, `ll+1=${l}|${next}`);
    const shapePrev = at(short, i - 1, '<s>');
    const shapeNext = at(short, i + 1, '</s>');
    f.push(`s-1=${shapePrev}`, `s+1=${shapeNext}`, `s-1s+1=${shapePrev}|${short[i]}|${shapeNext}`);
    if (i === 0) f.push(`first|ss=${short[i]}`);
    if (inCaps) f.push(`caps|dc=${documentCase(context, w.toLowerCase())}`);
    else if (isCapitalised(w)) {
      const key = w.toLowerCase();
      f.push(`cap|lower-seen=${context.seenLower.has(key)}|inside-seen=${context.seenCapitalisedInside.has(key)}|first=${i === 0}`);
    }
    for (const g of gaz[i]!) f.push(g);
    for (const g of at(gaz, i - 1, [])) f.push(`<${g}`);
    for (const g of at(gaz, i + 1, [])) f.push(`>${g}`);
    const pathPrev = at(paths, i - 1, undefined);
    const pathNext = at(paths, i + 1, undefined);
    if (pathPrev) f.push(`c-1=${pathPrev.slice(0, 6)}`);
    if (pathNext) f.push(`c+1=${pathNext.slice(0, 6)}`);
    if (hints) {
      const hint = hints[i] ?? 'O';
      f.push(`r=${hint}`, `r-1=${at(hints, i - 1, '<s>')}`, `r+1=${at(hints, i + 1, '</s>')}`, `r|ss=${hint}|${short[i]}`);
    }
    return f;
  });
}
