import { isFailure, StorylineError } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { extractArticle } from '../../stages/extract/index.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { analyzeArticle } from '../../pipeline/analyze-article.js';
import { sentenceViews } from '../../stages/stance/index.js';
import { trainAveragedPerceptron, type BinaryExample } from './averaged-perceptron.js';
import type { LabelledArticle } from './labelled-set.js';

/**
 * Epochs of the averaged perceptron. Ten passes over the dev half's ~230 own sentences:
 * dev accuracy stops moving after about six.
 */
const EPOCHS = 10;

/**
 * Opinion-vs-reporting examples from labelled articles: every gold opinion or reporting
 * sentence that the stage reads as the writer's own words, with the stage's features.
 */
export function opinionExamples(articles: readonly LabelledArticle[]): BinaryExample[] {
  return articles.flatMap((gold) => {
    const body = [gold.title, ...gold.paragraphs.map(([, text]) => text)].join('\n\n');
    const extracted = extractArticle({
      sourceHash: sha256(body), locator: gold.id, format: 'text', kind: 'text', body, encoding: 'utf-8',
      hints: { title: gold.title, ...(gold.section ? { extra: { section: gold.section } } : {}) },
    });
    if (isFailure(extracted)) throw new StorylineError('STAGE_FAILED', `${gold.id}: ${extracted.message}`);
    const analysis = analyzeArticle(cleanArticle(extracted));
    const views = sentenceViews(analysis.article, analysis.sentences, analysis.quotes);
    const text = analysis.article.text;
    let from = 0;
    return gold.paragraphs.flatMap(([label, sentence]): BinaryExample[] => {
      const at = text.indexOf(sentence, from);
      if (at < 0) return [];
      from = at + sentence.length;
      const view = views[analysis.sentences.findIndex((s) => s.start < at + sentence.length && s.end > at)];
      if (view?.kind !== 'own' || (label !== 'opinion' && label !== 'reporting')) return [];
      return [{ features: view.features, positive: label === 'opinion' }];
    });
  });
}

/**
 * Where training starts: the cue designer's priors (`opinion-cues.ts`), so a strong cue
 * that the dev half rarely shows alone ("it is time to", "!") keeps a say. Strong cues
 * one point or two, reporting anchors half a point to one against.
 */
export const PRIOR_WEIGHTS: Readonly<Record<string, number>> = {
  'stance-phrase': 2, exclamation: 1, 'strong-evaluative': 1, 'first-singular': 1, 'second-person': 1, question: 1, imperative: 0.5,
  attribution: -1, 'report-opening': -1, 'time-anchor': -0.5, number: -0.5,
};

/** Opinion weights learned from the given (dev) articles. */
export function trainStanceWeights(articles: readonly LabelledArticle[]): Record<string, number> {
  return trainAveragedPerceptron(opinionExamples(articles), { epochs: EPOCHS, initial: PRIOR_WEIGHTS });
}
