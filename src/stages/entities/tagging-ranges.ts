import type { Sentence } from '../../core/model.js';

/**
 * The sentences as the tagger reads them: a "sentence" without a letter ("4." of a ranked
 * list, a bare date) is read with the next one of its paragraph, as one line. Cut off, a
 * rank left the name after it to open a sentence alone, where the tagger dropped its first
 * word (3 names on CoNLL-2003 eng.testa, whose ranked results the splitter cuts after "4.").
 */
export function taggingRanges(text: string, sentences: readonly Sentence[]): Sentence[] {
  const ranges: Sentence[] = [];
  let pending: Sentence | null = null;
  for (const s of sentences) {
    const joined: Sentence = pending && pending.block === s.block ? { ...s, start: pending.start } : s;
    if (pending && pending.block !== s.block) ranges.push(pending);
    pending = null;
    if (!/\p{L}/u.test(text.slice(joined.start, joined.end))) pending = joined;
    else ranges.push(joined);
  }
  if (pending) ranges.push(pending);
  return ranges;
}
