import { TITLE_WORDS, WEAK_TITLE_WORDS } from '../../stages/entities/entity-cues.js';
import type { ConllDocument, ConllToken } from './read-conll.js';

/** GUM entity types as CoNLL's; times and quantities are not names in CoNLL-2003. */
const TYPES: Readonly<Record<string, string>> = {
  person: 'PER', organization: 'ORG', place: 'LOC', event: 'MISC', object: 'MISC', abstract: 'MISC',
};

/** Lower-case words allowed inside a name ("Daughters of the American Revolution"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'von', 'van', '&', "'s", '-']);

interface Mention { type: string; tokens: [number, number][] }

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w) || /^\p{N}/u.test(w);

/** A strong title word ("President", "Dr."), which CoNLL leaves outside the name. */
const isTitle = (w: string): boolean => {
  const key = w.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(key) && !WEAK_TITLE_WORDS.has(key);
};

/**
 * A GUM mention as a CoNLL name: titles and a leading "the" trimmed ("U.S. President Donald
 * Trump" → "Donald Trump"); kept only when what remains is capitalised words and connectors, starts
 * and ends with a capitalised word, and sits in one sentence. GUM marks every mention
 * ("a group of teenagers"); this keeps the proper names. An approximation of CoNLL's
 * guidelines, so scores on it compare systems, not absolute levels.
 */
function asName(words: readonly (readonly string[])[], m: Mention): { sentence: number; start: number; end: number } | null {
  const sentence = m.tokens[0]![0];
  if (m.tokens.some(([s]) => s !== sentence)) return null;
  const line = words[sentence]!;
  let start = Math.min(...m.tokens.map(([, t]) => t));
  let end = Math.max(...m.tokens.map(([, t]) => t)) + 1;
  // "U.S. President Donald Trump": the name is what follows the last title.
  for (let i = end - 2; i >= start; i--) if (isTitle(line[i]!)) { start = i + 1; break; }
  while (start < end && (/^(?:the|a|an)$/i.test(line[start]!) || !/[\p{L}\p{N}]/u.test(line[start]!))) start++;
  while (end > start && (line[end - 1] === "'s" || !/[\p{L}\p{N}]/u.test(line[end - 1]!))) end--;
  if (line.slice(start, end).every(isTitle)) return null;
  if (end <= start || !capitalised(line[start]!) || !capitalised(line[end - 1]!)) return null;
  for (let i = start; i < end; i++) if (!capitalised(line[i]!) && !CONNECTORS.has(line[i]!.toLowerCase())) return null;
  return { sentence, start, end };
}

/**
 * Reads one GUM WebAnno TSV 3.2 file (CC BY 4.0) into a CoNLL-style document with IOB2 tags:
 * column 3 is the token, column 4 the entity types with mention ids ("person[3]|place[4]").
 * Nested names keep the outermost.
 */
export function readGumTsv(text: string): ConllDocument {
  const words: string[][] = [];
  const mentions = new Map<string, Mention>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#Text=')) { words.push([]); continue; }
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+-\d+$/.test(cols[0]!) || words.length === 0) continue;
    const sentence = words.length - 1;
    const index = words[sentence]!.length;
    words[sentence]!.push(cols[2]!);
    if (cols[3] === '_') continue;
    cols[3]!.split('|').forEach((entry, k) => {
      const match = /^([a-z]+)(?:\[(\d+)\])?$/.exec(entry);
      if (!match?.[1]) return;
      const id = match[2] ?? `${sentence}:${index}:${k}`;
      const mention = mentions.get(id) ?? { type: match[1], tokens: [] };
      mention.tokens.push([sentence, index]);
      mentions.set(id, mention);
    });
  }
  const tags = words.map((line) => line.map(() => 'O'));
  const names = [...mentions.values()]
    .filter((m) => TYPES[m.type])
    .map((m) => ({ type: TYPES[m.type]!, span: asName(words, m) }))
    .filter((n): n is { type: string; span: { sentence: number; start: number; end: number } } => n.span !== null)
    .sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start));
  for (const { type, span } of names) {
    const row = tags[span.sentence]!;
    if (row.slice(span.start, span.end).some((t) => t !== 'O')) continue;
    for (let i = span.start; i < span.end; i++) row[i] = `${i === span.start ? 'B' : 'I'}-${type}`;
  }
  return { sentences: words.map((line, s) => line.map((w, i): ConllToken => ({ text: w, tag: tags[s]![i]! }))) };
}
