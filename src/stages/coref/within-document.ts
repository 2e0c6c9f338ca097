import type { EntityClass } from './coref-types.js';
import { normaliseWord, PRONOUNS } from './head-lemma.js';
import type { MentionView } from './mention-words.js';
import { pronounClasses, RELATIVE_PRONOUNS } from './pronoun-constraints.js';
import { mergeByKeys } from './merge-by-key.js';
import type { UnionFind } from './union-find.js';

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
  mergeByKeys(full, (v) => v.mention.id, (v) => [`${v.mention.entityClass ?? ''}|${v.matchKey}`], sets);
  ordered.forEach((v, i) => {
    const classes = pronounClasses(v.words);
    if (!classes) return;
    const antecedent = findAntecedent(ordered, i, classes, {
      agrees: (c) => sets.canUnion(c.mention.id, v.mention.id),
      confirms: (c) => sets.confirms(c.mention.id, v.mention.id),
    });
    if (antecedent) sets.union(antecedent.mention.id, v.mention.id);
  });
}

/** Whether a candidate's chain may be the pronoun's, and whether it positively matches it (same gender). */
interface Fit {
  readonly agrees: (candidate: MentionView) => boolean;
  readonly confirms: (candidate: MentionView) => boolean;
}

const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

function findAntecedent(ordered: readonly MentionView[], index: number, classes: readonly EntityClass[], fit: Fit): MentionView | undefined {
  const pronoun = ordered[index];
  if (!pronoun) return undefined;
  const fits = (c: MentionView): boolean => !isPronoun(c) && (c.mention.entityClass === undefined || classes.includes(c.mention.entityClass)) && fit.agrees(c);
  const word = normaliseWord(pronoun.words[0] ?? '');
  if (RELATIVE_PRONOUNS.has(word)) {
    // The phrase right before a relative pronoun, in its sentence.
    const previous = ordered[index - 1];
    return previous && previous.mention.sentence === pronoun.mention.sentence && fits(previous) ? previous : undefined;
  }
  const before = ordered.slice(0, index).filter(fits);
  const sentence = pronoun.mention.sentence;
  // Same sentence first, then the closest earlier sentence that has a candidate; within a
  // sentence the leftmost candidate (usually the subject), as in Hobbs-style search, unless
  // a later one is known to share the pronoun's gender ("A friend of the actress said she …").
  const pick = (candidates: readonly MentionView[]): MentionView | undefined => candidates.find(fit.confirms) ?? candidates[0];
  const same = before.filter((c) => c.mention.sentence === sentence);
  // A reflexive binds the nearest phrase before it ("A publicist says Reid checked herself in").
  if (same.length && REFLEXIVES.has(word)) return same[same.length - 1];
  if (same.length) return pick(same);
  const last = before[before.length - 1];
  if (last) return pick(before.filter((c) => c.mention.sentence === last.mention.sentence));
  // A cataphoric pronoun at the start of a text ("Her lawyer said Lohan …"): the next fitting mention in its sentence.
  return ordered.slice(index + 1).find((c) => c.mention.sentence === sentence && fits(c));
}
