import { ALIASES } from '../aliases.js';
import { COMMON_WORDS } from '../common-words.js';
import { ORG_HEADS, ORG_SUFFIXES, PLACE_SUFFIXES, TITLE_WORDS } from '../entity-cues.js';
import { GIVEN_NAMES } from '../given-names.js';
import { DEMONYMS, PLACES } from '../places.js';

/** Longest list phrase tried, in tokens ("bosnia and herzegovina", "united arab emirates"). */
const MAX_PHRASE = 4;

/** Multi-word lists: every entry, with the name of its list. */
const PHRASES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (key: string, list: string): void => { map.set(key, [...(map.get(key) ?? []), list]); };
  for (const p of PLACES) add(p, 'place');
  for (const d of Object.keys(DEMONYMS)) add(d, 'demonym');
  for (const [form, entry] of ALIASES) add(form, `alias-${entry.type}`);
  return map;
})();

/** One-word cue lists: what a single word says about the name it sits in or next to. */
const WORD_LISTS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['given', GIVEN_NAMES], ['title', TITLE_WORDS], ['orgsuf', ORG_SUFFIXES], ['orghead', ORG_HEADS],
  ['placesuf', PLACE_SUFFIXES], ['common', COMMON_WORDS],
];

const normal = (word: string): string => word.toLowerCase().replace(/\./g, '');

/**
 * Gazetteer features per token: phrase matches mark their tokens with their position in the
 * match (B/I/L/U, as Ratinov & Roth do), cue words mark themselves. The lists are the
 * project's own (places, demonyms, aliases, given names, title and suffix words).
 */
export function gazetteerFeatures(words: readonly string[]): string[][] {
  const keys = words.map(normal);
  const out = words.map(() => [] as string[]);
  for (let i = 0; i < words.length; i++) {
    for (const [name, list] of WORD_LISTS) if (list.has(keys[i]!)) out[i]!.push(`g:${name}`);
    let phrase = '';
    for (let n = 1; n <= MAX_PHRASE && i + n <= words.length; n++) {
      phrase = n === 1 ? keys[i]! : `${phrase} ${keys[i + n - 1]}`;
      const lists = PHRASES.get(phrase);
      if (!lists) continue;
      for (const list of lists) {
        for (let j = i; j < i + n; j++) out[j]!.push(`g:${n === 1 ? 'U' : j === i ? 'B' : j === i + n - 1 ? 'L' : 'I'}-${list}`);
      }
    }
  }
  return out;
}
