/** One CoNLL-2003 document: its sentences, each a list of tokens with their NER tag. */
export interface ConllDocument {
  readonly sentences: readonly (readonly ConllToken[])[];
}

export interface ConllToken {
  readonly text: string;
  /** IOB1 or IOB2 tag as written: "O", "I-PER", "B-LOC", … */
  readonly tag: string;
}

/** A typed run of tokens in one sentence: tokens [start, end). */
export interface ConllChunk {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/**
 * Reads the CoNLL-2003 column format: one token a line (word, POS, chunk, NER tag; the tag
 * is the last column), blank lines between sentences, `-DOCSTART-` lines between documents.
 */
export function readConll(text: string): ConllDocument[] {
  const documents: ConllToken[][][] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push(sentences);
    sentences = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '-DOCSTART-') { endDocument(); continue; }
    if (line.trim() === '') { endSentence(); continue; }
    sentence.push({ text: columns[0] ?? '', tag: columns[columns.length - 1] ?? 'O' });
  }
  endDocument();
  return documents.map((s) => ({ sentences: s }));
}

/**
 * Chunks of one tagged sentence, as conlleval reads them: a chunk starts at a B- tag, at an
 * I- tag after O, or where the type changes (IOB1 and IOB2 both read correctly).
 */
export function chunksOf(tags: readonly string[], sentence = 0): ConllChunk[] {
  const chunks: ConllChunk[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (open) chunks.push({ sentence, start: open.start, end, type: open.type });
    open = null;
  };
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (prefix === 'O') { close(i); return; }
    if (!open || prefix === 'B' || open.type !== type) { close(i); open = { start: i, type }; }
  });
  close(tags.length);
  return chunks;
}
