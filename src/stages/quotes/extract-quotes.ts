import type { Article, Mention, Quote, Sentence } from '../../core/model.js';
import { assembleQuotes } from './assemble-quotes.js';
import { attributionModels } from './models/attribution-models.js';
import { ruleQuotes } from './rule-quotes.js';
import { tagAttributions } from './tag-attributions.js';

/**
 * Who said what: the rules read quotes and their structure, then taggers trained on
 * PolNeAR (reading the rules' output as features) confirm cues, redraw spans to the
 * corpus's conventions and add the attributions the rules missed. Without trained weights
 * (a fresh checkout before training) the rules' reading stands alone.
 */
export function extractQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Quote[] {
  const rules = ruleQuotes(article, sentences, mentions);
  if (attributionModels().cue.size === 0) return rules;
  return assembleQuotes(article.text, sentences, mentions, rules, tagAttributions(article, sentences, rules, mentions));
}
