import { STOPWORDS } from '../../stages/fingerprint/index.js';

/**
 * Stand-in entity keys for evaluation on plain text while the entity stage is being built:
 * runs of capitalised words ("Simon Anholt", "Good Country Index"), lower-cased, stop words
 * trimmed from the ends, most frequent first. A run that is a single common word at the
 * start of a sentence ("Because", "Officials") is mostly noise, so single words must also
 * appear capitalised somewhere other than a sentence start.
 */
export function capitalisedEntityKeys(sentences: readonly string[], limit = 20): string[] {
  const counts = new Map<string, number>();
  const midSentence = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    let run: string[] = [];
    let runStart = 0;
    const flush = (end: number) => {
      const key = trimStopwords(run).join(' ');
      if (key !== '') {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (runStart > 0 || run.length > 1) midSentence.add(key);
      }
      run = [];
      runStart = end;
    };
    words.forEach((word, index) => {
      if (/^\p{Lu}/u.test(word)) {
        if (run.length === 0) runStart = index;
        run.push(word.replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase());
      } else flush(index + 1);
    });
    flush(words.length);
  }
  return [...counts]
    .filter(([key]) => midSentence.has(key))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
}

function trimStopwords(words: readonly string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && STOPWORDS.has(words[start] ?? '')) start++;
  while (end > start && STOPWORDS.has(words[end - 1] ?? '')) end--;
  return words.slice(start, end);
}
