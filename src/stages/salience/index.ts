import type { ArticleAnalysis, Citation, Sentence } from '../../core/model.js';
import { tokenize } from '../segment/index.js';

export const SALIENCE_STAGE = 'salience.centroid.v1';

/** A sentence of one article, ready to be scored and cited. */
export interface SentenceRef {
  readonly articleId: string;
  readonly sentence: Sentence;
  /** Position among the article's content sentences (0 = lead). */
  readonly position: number;
  readonly text: string;
  readonly label: string;
}

/**
 * Sentences a summary may use: reporting and quotes from content blocks — not titles,
 * boilerplate or opinion. Timelines and briefings state what happened; an opinion piece's
 * view is shown in the outlet comparison, not presented as fact.
 */
export function citableSentences(analysis: ArticleAnalysis): SentenceRef[] {
  const { article } = analysis;
  const out: SentenceRef[] = [];
  if (analysis.articleType === 'opinion') return out;
  analysis.sentences.forEach((sentence, i) => {
    const kind = article.blocks[sentence.block]?.kind;
    const label = analysis.sentenceLabels[i] ?? 'reporting';
    if (kind === 'boilerplate' || kind === 'title' || label === 'boilerplate' || label === 'opinion') return;
    const text = article.text.slice(sentence.start, sentence.end);
    // Fragments (datelines, bylines, headings) make poor summary sentences.
    if (text.length < 40 || !/[.!?"”’]$/.test(text)) return;
    out.push({ articleId: article.id, sentence, position: out.length, text, label });
  });
  return out;
}

/** Lower-case content words of a sentence. */
export function sentenceTerms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.text.toLowerCase())
    .filter((t) => t.length > 2 && /\p{L}/u.test(t) && !FUNCTION_WORDS.has(t));
}

/**
 * Scores sentences by how central they are to the group (overlap with the group's term
 * frequencies, the centroid method of MEAD) and by lead position, which in news carries
 * the who/what/when. A quotation is evidence, not the news itself, and scores a little lower.
 */
export function rankSentences(refs: readonly SentenceRef[]): { ref: SentenceRef; score: number }[] {
  const frequency = new Map<string, number>();
  const termsOf = refs.map((ref) => new Set(sentenceTerms(ref.text)));
  for (const terms of termsOf) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return refs
    .map((ref, i) => {
      const terms = termsOf[i] ?? new Set<string>();
      let centrality = 0;
      for (const term of terms) centrality += Math.log(1 + (frequency.get(term) ?? 0));
      centrality /= Math.sqrt(terms.size + 1);
      const lead = 1 / (1 + ref.position * 0.5);
      const penalty = ref.label === 'quote' ? 0.8 : 1;
      return { ref, score: (centrality + 2 * lead) * penalty };
    })
    .sort((a, b) => b.score - a.score || compareRefs(a.ref, b.ref));
}

/** Picks up to `count` top sentences, skipping near-repeats of ones already picked (e.g. syndicated copies). */
export function pickDiverse(ranked: readonly { ref: SentenceRef }[], count: number, maxOverlap = 0.6): SentenceRef[] {
  const picked: { ref: SentenceRef; terms: Set<string> }[] = [];
  for (const { ref } of ranked) {
    if (picked.length >= count) break;
    const terms = new Set(sentenceTerms(ref.text));
    const repeat = picked.some((p) => overlap(p.terms, terms) > maxOverlap);
    if (!repeat) picked.push({ ref, terms });
  }
  return picked.map((p) => p.ref);
}

export function citationOf(ref: SentenceRef): Citation {
  return { articleId: ref.articleId, start: ref.sentence.start, end: ref.sentence.end };
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.min(a.size, b.size);
}

function compareRefs(a: SentenceRef, b: SentenceRef): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.sentence.start - b.sentence.start;
}

const FUNCTION_WORDS = new Set([
  'the', 'and', 'for', 'that', 'with', 'was', 'were', 'are', 'has', 'have', 'had', 'its', 'his', 'her', 'their',
  'this', 'from', 'but', 'not', 'they', 'said', 'will', 'would', 'been', 'also', 'which', 'who', 'after', 'about',
  'into', 'than', 'more', 'over', 'she', 'him', 'them', 'what', 'when', 'there', 'could', 'our', 'out', 'one',
]);
