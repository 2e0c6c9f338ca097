import { normaliseWord } from './head-lemma.js';

// Number words written by us; larger numbers are written in digits in news.
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ').map((w, i) => [w, String(i + 1)]),
);

/**
 * The numbers a mention states ("two defenders" → 2, "2,290 points" → 2290): two chains
 * that state different numbers count different things ("20 points", "2,290 points").
 * Ordinal and fractional forms are left out.
 */
export function quantities(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    const w = normaliseWord(word);
    if (/^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(w)) found.push(String(Number(w.replace(/,/g, ''))));
    else if (NUMBER_WORDS.has(w)) found.push(NUMBER_WORDS.get(w) ?? w);
  }
  return found;
}
