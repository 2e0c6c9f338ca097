import type { CorefDocument, CorefMention } from './coref-types.js';
import { headIndex, lemmaOf, normaliseWord } from './head-lemma.js';
import { matchLemma } from './synonyms.js';

/** A mention with the words it covers, its head and head lemma. */
export interface MentionView {
  readonly mention: CorefMention;
  readonly words: readonly string[];
  readonly head: string;
  readonly headLemma: string;
  /** The head lemma folded through the synonym groups: what mentions are matched by. */
  readonly matchKey: string;
}

/** Words of the mention, its head word (by `headIndex`) and the head's lemma. */
export function viewMention(mention: CorefMention, doc: CorefDocument | undefined): MentionView {
  const sentence = doc?.sentences.get(mention.sentence) ?? [];
  const words = mention.tokens.map((i) => sentence[i] ?? '');
  const head = words[headIndex(words, mention.kind)] ?? '';
  const headLemma = lemmaOf(head) || normaliseWord(head);
  return { mention, words, head, headLemma, matchKey: matchLemma(headLemma, mention.kind) };
}
