import type { Span } from '../../core/model.js';
import { extractMentions } from '../../stages/entities/index.js';
import { fixtureArticle } from '../../stages/entities/fixture-article.js';
import { attributionFeatures } from '../../stages/quotes/attribution-features.js';
import type { TokenFeatures } from '../../stages/quotes/feature-hash.js';
import { labelsFromSpans } from '../../stages/quotes/bio-spans.js';
import { ruleQuotes } from '../../stages/quotes/rule-quotes.js';
import { taggerTokens, type TaggerToken } from '../../stages/quotes/tagger-tokens.js';
import { withCueContext } from '../../stages/quotes/cue-context-features.js';
import { segmentArticle } from '../../stages/segment/index.js';
import type { AttributionRole, PolnearDocument } from './polnear-documents.js';
import { jackknifeCueLabels } from './jackknife-cue-labels.js';
import { trainTagger, type TrainOptions } from './train-tagger.js';

/**
 * Settings of the shipped models. Five epochs, the usual for an averaged perceptron on a
 * corpus this size (ten scored within 0.002 on dev). Pruning drops features whose weights
 * all stay under 5% of the largest: 270k features, 3.6 MB; at 10% the files shrink to 0.7 MB
 * but every dev figure loses about 0.01 (measured on the models trained on every annotation
 * file: cue exact 0.671 → 0.661, source overlap 0.774 → 0.765).
 */
export const SHIPPED_TRAINING: TrainOptions = { epochs: 5, prune: 500 };

type TrainedModel = ReturnType<typeof trainTagger>;

export interface PreparedParagraph {
  /** The article's name: its annotators' copies share it. */
  readonly document: string;
  readonly features: readonly TokenFeatures[];
  readonly tokens: readonly TaggerToken[];
  readonly gold: Readonly<Record<AttributionRole, readonly Span[]>>;
}

/** Features of every paragraph, computed once: the rules run exactly as at inference. */
export function prepareParagraphs(documents: readonly PolnearDocument[]): PreparedParagraph[] {
  return documents.flatMap((d) => {
    const article = fixtureArticle(d.text, { titleFirst: true });
    const sentences = segmentArticle(article);
    const mentions = extractMentions(article, sentences);
    const quotes = ruleQuotes(article, sentences, mentions);
    return article.blocks.map((block) => {
      const tokens = taggerTokens(d.text, block);
      return { document: d.name, tokens, features: attributionFeatures(tokens, quotes, mentions), gold: d.gold };
    });
  });
}

/**
 * Trains one B/I/O tagger per role on prepared paragraphs: the cue tagger on the
 * paragraphs' own features, the source and content taggers on those plus the cue labels of
 * a jackknifed cue tagger (`jackknife-cue-labels.ts`), as they see them at inference.
 */
export function trainAttributionModels(paragraphs: readonly PreparedParagraph[], options: TrainOptions = SHIPPED_TRAINING): Record<AttributionRole, TrainedModel> {
  const stackedCues = jackknifeCueLabels(paragraphs, options);
  const stacked = paragraphs.map((p, i) => withCueContext(p.tokens, p.features, stackedCues[i]!));
  const train = (role: AttributionRole, features: readonly (readonly TokenFeatures[])[]): TrainedModel =>
    trainTagger(paragraphs.map((p, i) => ({ features: features[i]!, labels: labelsFromSpans(p.tokens, p.gold[role]) })), ['O', 'B', 'I'], options);
  const own = paragraphs.map((p) => p.features);
  return { Cue: train('Cue', own), Source: train('Source', stacked), Content: train('Content', stacked) };
}
