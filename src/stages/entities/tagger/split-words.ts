/** A token the tagger reads: its text and [start, end) offsets in the source text. */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that keep their period ("Inc.", "Mr.", "U.S."), so a name does not lose it. */
const ABBREVIATION = /^(?:(?:\p{L}\.)+|(?:mr|mrs|ms|dr|st|jr|sr|inc|corp|co|ltd|bros|gen|gov|sen|rep|lt|col|capt|sgt|prof|rev|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mt|ft|vs|plc|cie|av|ave)\.)$/iu;

/** Clitics that Penn-Treebank tokenisation (CoNLL-2003's) keeps as their own tokens. */
const CLITIC = /(?:['’](?:s|re|ve|ll|d|m)|n['’]t)$/i;

const LEADING = /^["'“‘(\[{«]/u;
const TRAILING = /["'”’)\]}»,;:!?]$/u;

/**
 * Splits one whitespace-free chunk the way CoNLL-2003 text is tokenised: opening and closing
 * punctuation and clitics come off ("(Reuters)," → "(", "Reuters", ")", ","); a final period
 * comes off only at the end of a sentence and not from an abbreviation.
 */
function splitChunk(chunk: string, start: number, lastInSentence: boolean, out: WordToken[]): void {
  let a = 0;
  let b = chunk.length;
  const tail: WordToken[] = [];
  while (b - a > 1 && LEADING.test(chunk[a]!) && !/^['’](?:s|re|ve|ll|d|m)$/i.test(chunk.slice(a, b))) {
    out.push({ text: chunk[a]!, start: start + a, end: start + a + 1 });
    a++;
  }
  for (;;) {
    const word = chunk.slice(a, b);
    if (b - a <= 1 || /^[^\p{L}\p{N}]+$/u.test(word)) break;
    if (TRAILING.test(chunk[b - 1]!)) { b--; tail.unshift({ text: chunk[b]!, start: start + b, end: start + b + 1 }); continue; }
    if (lastInSentence && tail.length === 0 && chunk[b - 1] === '.' && !ABBREVIATION.test(word)) { b--; tail.unshift({ text: '.', start: start + b, end: start + b + 1 }); continue; }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic[0].length < word.length) { b -= clitic[0].length; tail.unshift({ text: clitic[0], start: start + b, end: start + b + clitic[0].length }); continue; }
    break;
  }
  if (b > a) out.push({ text: chunk.slice(a, b), start: start + a, end: start + b });
  out.push(...tail);
}

/** Tokens of one sentence (offsets plus `base`), CoNLL-2003 style; space-separated tokens stay whole. */
export function splitWords(sentence: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  const chunks = [...sentence.matchAll(/\S+/g)];
  chunks.forEach((m, i) => splitChunk(m[0], base + (m.index ?? 0), i === chunks.length - 1, out));
  return out;
}
