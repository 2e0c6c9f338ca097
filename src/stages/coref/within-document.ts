import type { EntityClass } from './coref-types.js';
import { normaliseWord, PRONOUNS } from './head-lemma.js';
import type { MentionView } from './mention-words.js';
import { pronounClasses, RELATIVE_PRONOUNS } from './pronoun-constraints.js';
import { UnionFind } from './union-find.js';

/** A pronoun, or a mention that is not a pronoun (name or description). */
export function isPronoun(view: MentionView): boolean {
  return view.words.length === 1 && PRONOUNS.has(normaliseWord(view.words[0] ?? ''));
}

/** Mentions in reading order: sentence, then first token. */
export function readingOrder(views: readonly MentionView[]): MentionView[] {
  return [...views].sort((a, b) => a.mention.sentence - b.mention.sentence || (a.mention.tokens[0] ?? 0) - (b.mention.tokens[0] ?? 0) || (a.mention.id < b.mention.id ? -1 : 1));
}

/**
 * Entity chains inside one document (a small sieve, strongest evidence first, as in Lee et
 * al. 2013): same head lemma; then pronouns to the nearest preceding compatible mention
 * (relative pronouns to the phrase just before them in their sentence).
 */
export function withinDocumentEntities(views: readonly MentionView[], sets: UnionFind): void {
  const ordered = readingOrder(views);
  const full = ordered.filter((v) => !isPronoun(v));
  const byLemma = new Map<string, MentionView>();
  for (const v of full) {
    const key = `${v.mention.entityClass ?? ''}|${v.matchKey}`;
    const first = byLemma.get(key);
    if (first) sets.union(first.mention.id, v.mention.id);
    else byLemma.set(key, v);
  }
  ordered.forEach((v, i) => {
    const classes = pronounClasses(v.words);
    if (!classes) return;
    const antecedent = findAntecedent(ordered, i, classes);
    if (antecedent) sets.union(antecedent.mention.id, v.mention.id);
  });
}

function findAntecedent(ordered: readonly MentionView[], index: number, classes: readonly EntityClass[]): MentionView | undefined {
  const pronoun = ordered[index];
  if (!pronoun) return undefined;
  const fits = (c: MentionView): boolean => !isPronoun(c) && (c.mention.entityClass === undefined || classes.includes(c.mention.entityClass));
  const word = normaliseWord(pronoun.words[0] ?? '');
  if (RELATIVE_PRONOUNS.has(word)) {
    // The phrase right before a relative pronoun, in its sentence.
    const previous = ordered[index - 1];
    return previous && previous.mention.sentence === pronoun.mention.sentence && fits(previous) ? previous : undefined;
  }
  const before = ordered.slice(0, index).filter(fits);
  const sentence = pronoun.mention.sentence;
  // Same sentence first, then the closest earlier sentence that has a candidate; within a
  // sentence the leftmost candidate (usually the subject), as in Hobbs-style search.
  const same = before.filter((c) => c.mention.sentence === sentence);
  if (same.length) return same[0];
  const last = before[before.length - 1];
  if (last) return before.find((c) => c.mention.sentence === last.mention.sentence);
  // A cataphoric pronoun at the start of a text ("Her lawyer said Lohan …"): the next fitting mention in its sentence.
  return ordered.slice(index + 1).find((c) => c.mention.sentence === sentence && fits(c));
}
