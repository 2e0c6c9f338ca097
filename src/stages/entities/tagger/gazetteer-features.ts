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

/**
 * Every proper leading part of a multi-word entry ("bosnia", "bosnia and"): a phrase that is
 * none of them cannot grow into an entry, so the search stops there instead of trying all
 * MAX_PHRASE lengths at every token.
 */
const PHRASE_STARTS: ReadonlySet<string> = (() => {
  const starts = new Set<string>();
  for (const key of PHRASES.keys()) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) starts.add(words.slice(0, n).join(' '));
  }
  return starts;
})();

/** One-word cue lists: what a single word says about the name it sits in or next to. */
const WORD_LISTS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['given', GIVEN_NAMES], ['title', TITLE_WORDS], ['orgsuf', ORG_SUFFIXES], ['orghead', ORG_HEADS],
  ['placesuf', PLACE_SUFFIXES], ['common', COMMON_WORDS],
];

/** The features' strings, made once: "g:given", and "g:B-place" by position and list. */
const WORD_LIST_FEATURES = WORD_LISTS.map(([name, list]) => [`g:${name}`, list] as const);
const positionFeatures = new Map<string, Readonly<Record<'B' | 'I' | 'L' | 'U', string>>>();
function phraseFeature(list: string, position: 'B' | 'I' | 'L' | 'U'): string {
  let byPosition = positionFeatures.get(list);
  if (!byPosition) {
    byPosition = { B: `g:B-${list}`, I: `g:I-${list}`, L: `g:L-${list}`, U: `g:U-${list}` };
    positionFeatures.set(list, byPosition);
  }
  return byPosition[position];
}

/** The form a word is looked up in: lower case, periods dropped ("U.S." → "us"). */
export const gazetteerKey = (word: string): string => word.toLowerCase().replace(/\./g, '');

/**
 * Gazetteer features per token, given each token's `gazetteerKey`: phrase matches mark their
 * tokens with their position in the match (B/I/L/U, as Ratinov & Roth do), cue words mark
 * themselves. The lists are the project's own (places, demonyms, aliases, given names, title
 * and suffix words).
 */
export function gazetteerFeatures(keys: readonly string[]): string[][] {
  const out = keys.map(() => [] as string[]);
  for (let i = 0; i < keys.length; i++) {
    for (const [feature, list] of WORD_LIST_FEATURES) if (list.has(keys[i]!)) out[i]!.push(feature);
    let phrase = '';
    for (let n = 1; n <= MAX_PHRASE && i + n <= keys.length; n++) {
      phrase = n === 1 ? keys[i]! : `${phrase} ${keys[i + n - 1]}`;
      const lists = PHRASES.get(phrase);
      if (lists) {
        for (const list of lists) {
          for (let j = i; j < i + n; j++) out[j]!.push(phraseFeature(list, n === 1 ? 'U' : j === i ? 'B' : j === i + n - 1 ? 'L' : 'I'));
        }
      }
      if (!PHRASE_STARTS.has(phrase)) break;
    }
  }
  return out;
}
