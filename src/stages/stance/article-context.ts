import { VOICE_CUES } from './sentence-features.js';

/**
 * Share of the writer's own sentences carrying a voice cue (first or second person, a
 * question, a strong judgement…) at or above which the whole article reads as the writer
 * speaking. Measured on the labelled set's dev half: news and analysis at or below 0.10,
 * columns, editorials, reviews and letters at 0.17 and above.
 */
const VOICE_SHARE = 0.15;
/** …and at least this many voiced sentences, so one stray question cannot recast a report. */
const MIN_VOICED = 2;

/**
 * The article-level context of its sentences: `opinion-context` when the page declares
 * itself opinion or its own sentences speak in the writer's voice often enough. The model
 * then reads every sentence feature again under that context (`o:` features), so an
 * unattributed sentence in a column leans opinion while an attributed judgement in a news
 * report stays reporting.
 */
export function articleContext(declared: boolean, ownFeatures: readonly (readonly string[] | null)[]): { opinion: boolean; voiceShare: number } {
  const own = ownFeatures.filter((f): f is readonly string[] => f !== null);
  const voiced = own.filter((f) => !f.includes('attribution') && f.some((name) => VOICE_CUES.has(name))).length;
  const voiceShare = own.length === 0 ? 0 : voiced / own.length;
  return { opinion: declared || (voiceShare >= VOICE_SHARE && voiced >= MIN_VOICED), voiceShare };
}

/** Sentence features plus their copies under the article's context. */
export function withContext(features: readonly string[], context: { readonly opinion: boolean }): string[] {
  return context.opinion ? [...features, ...features.map((f) => `o:${f}`)] : [...features];
}
