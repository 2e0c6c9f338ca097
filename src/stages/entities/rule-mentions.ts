import type { Article, Sentence } from '../../core/model.js';
import { tokenize } from '../segment/index.js';
import { ALIASES } from './aliases.js';
import { demonymBases } from './demonyms.js';
import { findNameSpans } from './find-name-spans.js';
import { isCommonWord } from './common-words.js';
import { isJunkMention } from './junk-mentions.js';
import { resolveInArticle } from './resolve-in-article.js';
import { typeNameSpan, type RawMention } from './type-name.js';

/** A name followed by "said" is a speaker, so a person or organisation. */
const SAYS_AFTER = /^\s+(?:said|says|told|added|warned|argued|insisted|claimed|denied|wrote|tweeted|replied|explained)\b/;

/** Group words that speak as a body, not as a person ("Iowa Republicans said"). */
const GROUP_WORDS = /(?:^|\s)(?:republicans?|democrats?|democratic|conservatives?|liberals?|\p{L}+s)$/u;

function speakerCue(text: string, m: RawMention): RawMention {
  // Companies and governments "say" too: a lean towards a person for a full name, and
  // nothing for a single word ("Pennock said"), which is as often a company.
  if (m.type !== 'other' || !m.key.includes(' ') || GROUP_WORDS.test(m.key) || !SAYS_AFTER.test(text.slice(m.end, m.end + 16))) return m;
  return { ...m, type: 'person', known: true, weight: 1 };
}

/**
 * A two- or three-word name of unknown type whose last word is also used alone in the
 * article ("Hala Agha … Agha said") follows the way news refers to people by surname.
 */
function surnameUse(mentions: readonly RawMention[]): RawMention[] {
  const standalone = new Set(mentions.filter((m) => !m.key.includes(' ') && !m.acronym && (m.type === 'other' || m.type === 'person')).map((m) => m.key));
  const personSurnames = new Set(mentions.filter((m) => m.type === 'person' && !m.key.includes(' ')).map((m) => m.key));
  // A word used as a place in the article is not a surname ("Digital Rights Harlow" + "in Harlow").
  const places = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.key));
  return mentions.map((m) => {
    const words = m.key.split(' ');
    const last = words[words.length - 1] ?? '';
    if (m.type === 'person' && m.weight < 2 && words.length >= 2 && (standalone.has(last) || personSurnames.has(last)) && !places.has(last)) return { ...m, known: true, weight: 2 };
    if (m.type !== 'other' || words.length < 2 || words.length > 3 || m.key.includes(' of ') || GROUP_WORDS.test(m.key)) return m;
    if (places.has(last) || isCommonWord(words[0] ?? '')) return m;
    return standalone.has(last) || personSurnames.has(last) ? { ...m, type: 'person', known: true, weight: 2 } : m;
  });
}

function isHeadline(article: Article, sentence: Sentence): boolean {
  const kind = article.blocks[sentence.block]?.kind;
  return kind === 'title' || kind === 'heading';
}

function rawMentionsOf(article: Article, sentence: Sentence): RawMention[] {
  const sentenceText = article.text.slice(sentence.start, sentence.end);
  const tokens = tokenize(sentenceText, sentence.start);
  return findNameSpans(sentenceText, tokens, sentence.start).flatMap((span) => typeNameSpan(article.text, span));
}

/**
 * Keeps a guessed name only when the article supports it. A lone capitalised word at the
 * start of a sentence ("Officials", "Critics") is usually a common word, and headline case
 * capitalises everything, so those count only when the same key appears in running text.
 */
interface Support {
  /** Keys used in running text, or typed from a list or strong context anywhere. */
  readonly bodyKeys: ReadonlySet<string>;
  /** First words of longer names in running text ("brightwell" of "brightwell foundry"). */
  readonly leadWords: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
}

function supported(m: RawMention, { bodyKeys, leadWords, surnames }: Support, headline: boolean): boolean {
  if (m.known || m.acronym || ALIASES.has(m.key)) return true;
  // The short form of a longer name in the article ("Brightwell" for "Brightwell Foundry"),
  // or a place adjective whose place is there ("Eastlandic" beside "Eastland").
  if (!m.key.includes(' ') && (leadWords.has(m.key) || demonymBases(m.key).some((b) => bodyKeys.has(b)))) return true;
  // Two capitalised words in a row are rarely a sentence starter ("Ana Ruiz left").
  if (!headline && m.key.includes(' ')) return true;
  if (surnames.has(m.key)) return true;
  return bodyKeys.has(m.key);
}

/**
 * Names found and typed by rules and lists (capitalised runs, titles, suffixes, gazetteers,
 * context cues), kept when the article supports them. The tagger reads them as features.
 */
export function ruleMentions(article: Article, sentences: readonly Sentence[]): RawMention[] {
  const body: RawMention[] = [];
  const headline: RawMention[] = [];
  for (const sentence of sentences) {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') continue;
    (isHeadline(article, sentence) ? headline : body).push(...rawMentionsOf(article, sentence));
  }
  const all = [...headline, ...body];
  const support: Support = {
    bodyKeys: new Set([...body.filter((m) => !m.sentenceInitial), ...all.filter((m) => m.known)].map((m) => m.key)),
    leadWords: new Set(body.filter((m) => m.key.includes(' ')).map((m) => m.key.split(' ')[0] ?? '')),
    surnames: new Set(body.filter((m) => m.type === 'person').map((m) => m.key.split(' ').pop() ?? m.key)),
  };
  // By offset: the steps below return changed copies, so object identity is lost.
  const headlineStarts = new Set(headline.map((m) => m.start));
  const kept = surnameUse(all)
    .map((m) => speakerCue(article.text, m))
    .filter((m) => (m.sentenceInitial || headlineStarts.has(m.start) ? supported(m, support, headlineStarts.has(m.start)) : true))
    .sort((a, b) => a.start - b.start);
  const resolved = resolveInArticle(article.text, kept);
  return kept.filter((m, i) => !isJunkMention(m, resolved[i]!));
}
