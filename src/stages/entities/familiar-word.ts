import { knowsWord, type TaggerModel } from './tagger/index.js';

/**
 * Whether the tagger saw a word in training (it has a weight for the word itself). A word in
 * capitals, as in a headline, also counts as familiar when it is an ordinary lower-case word:
 * the tagger knows the lower-case form, or the cluster table (unlabelled news) saw it
 * lower-case and the tagger never learnt it as a capitalised name. Reading "TOSS" or "LIGHTS"
 * as unfamiliar added about 15 common words from capitals headlines as names on CoNLL-2003
 * eng.testa, and no real one; "SENATE" stays unfamiliar, since the tagger knows "Senate".
 */
export function familiarWord(model: TaggerModel, word: string): boolean {
  if (knowsWord(model, word)) return true;
  if (/\p{Ll}/u.test(word) || !/\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  return knowsWord(model, lower) || (model.clusters.has(lower) && !knowsWord(model, title));
}
