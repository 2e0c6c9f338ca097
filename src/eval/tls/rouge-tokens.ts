import type { RougeResources } from './rouge-resources.js';
import { rougePorterStem } from './rouge-stemmer.js';

/**
 * The tokens ROUGE-1.5.5 (`-m -s`) counts for a summary given as tokenised sentences,
 * following what tilse writes (SEE format) and what the Perl `readText`/`createNGram` keep:
 * - each sentence is its tokens joined by spaces with `^` written as `&circ;`; ROUGE keeps
 *   the text up to the first `<`, and drops a sentence with nothing before it;
 * - Perl works on UTF-8 bytes: only A–Z are lowercased and every non-ASCII byte becomes a
 *   space, as does anything else outside `[A-Za-z0-9-]`; `-` is split off as its own token;
 * - stopwords and tokens not starting with `[a-z0-9$]` are dropped; tokens longer than three
 *   characters go through the WordNet exceptions, else the Porter variant.
 */
export function rougeTokens(sentences: readonly (readonly string[])[], resources: RougeResources): string[] {
  const kept: string[] = [];
  for (const sentence of sentences) {
    const line = sentence.map((token) => token.replaceAll('^', '&circ;')).join(' ');
    const cut = line.indexOf('<');
    const text = cut < 0 ? line : line.slice(0, cut);
    if (text !== '') kept.push(text);
  }
  if (kept.length === 0) return [];
  const text = kept.join(' ')
    .replace(/[A-Z]/g, (ch) => ch.toLowerCase())
    .replaceAll('-', ' - ')
    .replace(/[^A-Za-z0-9-]/g, ' ')
    .trim();
  const tokens: string[] = [];
  if (text === '') return tokens;
  for (const raw of text.split(/ +/)) {
    if (resources.stopwords.has(raw)) continue;
    if (!/^[a-z0-9$]/.test(raw)) continue;
    tokens.push(raw.length > 3 ? resources.exceptions.get(raw) ?? rougePorterStem(raw) : raw);
  }
  return tokens;
}
