import type { Article, Mention, Sentence } from '../../core/model.js';
import { resolveInArticle, type WeightedMention } from './resolve-in-article.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { taggerMentions } from './tagger-mentions.js';

/**
 * Mentions of an article: names found and typed by the statistical tagger (which reads the
 * rules' guesses as features), then resolved within the article: aliases, acronyms, surnames
 * and short forms take the key and type of the fuller name. Each mention keeps its own type
 * otherwise: the tagger's second stage has already weighed the document's other uses of the
 * name, and a city can be a team in the next line ("Detroit 5 Boston 3"). Third-person
 * pronouns that stand for one of those names follow as mentions `via: 'pronoun'`, merged in
 * reading order.
 */
export function extractMentions(article: Article, sentences: readonly Sentence[]): WeightedMention[] {
  const named = resolveInArticle(article.text, taggerMentions(article, sentences));
  const kept = sentences.filter((s) => article.blocks[s.block]?.kind !== 'boilerplate');
  const pronouns = resolvePronouns(article.text, kept, inReadingOrder(named));
  return pronouns.length === 0 ? named : mergeByStart(named, pronouns);
}

/** The mentions sorted by start (a copy only when they are not already). */
function inReadingOrder(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/** Pronoun mentions placed among the named ones by start; named mentions keep their order. */
function mergeByStart(a: readonly WeightedMention[], b: readonly Mention[]): WeightedMention[] {
  const out: WeightedMention[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && b[j]!.start < m.start) out.push(b[j++]!);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}
