import { DEMONYMS } from './places.js';

/** Suffix → endings of the place name it was made from. */
const RULES: readonly [RegExp, readonly string[]][] = [
  [/ian$/, ['ia', '', 'y']],
  [/an$/, ['a', '']],
  [/n$/, ['']],
  [/ese$/, ['', 'a']],
  [/ish$/, ['', 'and']],
  [/i$/, ['']],
  [/ic$/, ['', 'ia']],
  [/er$/, ['']],
];

/**
 * Place keys a demonym or derived adjective could come from, by the regular English suffix
 * rules: "eastlandian"/"eastlandan"/"eastlandn" → "eastland(ia|a)", "harlovese" → "harlov",
 * "westrish" → "westr", "pakistani" → "pakistan", "norlandic" → "norland", "norlanders" →
 * "norland". Plurals are dropped first. Irregular real-world forms come from `DEMONYMS`.
 * The caller checks which candidate is a place it actually knows.
 */
export function demonymBases(key: string): string[] {
  if (key.includes(' ') || key.length < 5) return [];
  const word = key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
  const irregular = DEMONYMS[word] ?? DEMONYMS[key];
  const bases = new Set<string>(irregular ? [irregular] : []);
  for (const [suffix, endings] of RULES) {
    if (!suffix.test(word)) continue;
    const stem = word.replace(suffix, '');
    // Stems shorter than three letters are coincidences ("Ian" is not from "I").
    if (stem.length < 3) continue;
    for (const ending of endings) bases.add(stem + ending);
  }
  bases.delete(key);
  return [...bases].sort();
}

/** True when a word has the shape of a demonym or place adjective. */
export function looksLikeDemonym(key: string): boolean {
  return demonymBases(key).length > 0;
}
