import { STOPWORDS } from '../fingerprint/index.js';
import type { CorefDocument } from './coref-types.js';
import { lemmaOf } from './head-lemma.js';
import type { MentionView } from './mention-words.js';
import { isPronoun } from './within-document.js';

/** True for a mention headed by a capitalised word: a name ("Lohan", "Microsoft"). */
export function isName(view: MentionView): boolean {
  return /^\p{Lu}/u.test(view.head);
}

/**
 * How many words before a name, and after its comma, may hold its title or apposition.
 * On the ECB+ train topics (entity CoNLL): 1 before / 6 after 80.66; 2 / 6 80.44; 3 / 6
 * 80.24; 1 / 3 80.39; 1 / 10 80.65. Further back, words often describe someone else
 * ("the mother of singer Noa Pell": "mother" is not Pell).
 */
const BEFORE = 1;
const AFTER = 6;

/**
 * Common nouns that describe a name somewhere in a group of documents: premodifiers
 * ("actress Lindsay Lohan", "the 24-year-old actress Tara Reid"), words inside the name
 * mention, and appositions ("Lohan, the troubled star,"). Returns name key (`keyOf`, by default the head lemma) →
 * description lemma → count. Lets "the actress" in one article meet "Lohan" in another.
 */
export function collectTitles(names: readonly MentionView[], docs: ReadonlyMap<string, CorefDocument>, keyOf: (name: MentionView) => string = (v) => v.headLemma): Map<string, Map<string, number>> {
  const titles = new Map<string, Map<string, number>>();
  const add = (name: string, word: string): void => {
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || STOPWORDS.has(word)) return;
    const lemma = lemmaOf(word);
    const counts = titles.get(name) ?? new Map<string, number>();
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    titles.set(name, counts);
  };
  for (const v of names) {
    const sentence = docs.get(v.mention.doc)?.sentences.get(v.mention.sentence) ?? [];
    const first = v.mention.tokens[0] ?? 0;
    const last = v.mention.tokens[v.mention.tokens.length - 1] ?? 0;
    const key = keyOf(v);
    for (const w of v.words) add(key, w);
    // A sentence-initial title is capitalised only by its position ("Singer Noa Pell …").
    for (let i = Math.max(0, first - BEFORE); i < first; i++) add(key, i === 0 ? (sentence[i] ?? '').toLowerCase() : (sentence[i] ?? ''));
    if (sentence[last + 1] === ',') {
      for (let i = last + 2; i < Math.min(sentence.length, last + 2 + AFTER); i++) {
        const w = sentence[i] ?? '';
        if (w === ',' || w === '.') break;
        add(key, w);
      }
    }
  }
  return titles;
}

/**
 * The name a description points to within a document group: the name it titles most
 * often, if it titles that name at least `minCount` times and twice as often as any other.
 */
export function nameForDescription(description: MentionView, titles: ReadonlyMap<string, ReadonlyMap<string, number>>, minCount: number): string | undefined {
  if (isPronoun(description) || isName(description)) return undefined;
  const ranked = [...titles]
    .map(([name, counts]) => [name, counts.get(description.headLemma) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (!best || best[1] < minCount || (second && second[1] * 2 > best[1])) return undefined;
  return best[0];
}
