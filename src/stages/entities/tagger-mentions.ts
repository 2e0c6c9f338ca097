import type { Article, EntityType, Sentence } from '../../core/model.js';
import { canonicalKey, isAcronym, stripLegalSuffix } from './canonical-key.js';
import { DEMONYMS } from './places.js';
import { shippedTagger, splitWords, tagSentencesFully, type EntityLabelType, type TaggedSpan } from './tagger/index.js';
import type { RawMention } from './type-name.js';
import { checkWithRules } from './check-with-rules.js';
import { familiarWord } from './familiar-word.js';
import { taggingRanges } from './tagging-ranges.js';
import { ruleHints } from './rule-hints.js';
import { ruleMentions } from './rule-mentions.js';

const TYPES: Readonly<Record<EntityLabelType, EntityType>> = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };

/**
 * Weight of a tagger's type in the corpus-wide type vote: a lean (1, see
 * `context-evidence.ts`), so that lists and cues that are usually right (2, 3) outvote it.
 */
const TAGGED = 1;

/** Compound adjectives built on a place name: "Tarnby-based", "Eastland-flagged" (one word to the tagger). */
const PLACE_COMPOUND = /-(?:based|born|flagged|registered|bound)$/i;

/** "Orlan Construction Ltd." → "… Ltd": the name without the period, as the rules and the alias lists write it. */
const ABBREVIATION_PERIOD = /(?<=\p{Ll}{2})\.$/u;

function mentionOf(text: string, span: TaggedSpan): RawMention | null {
  const raw = text.slice(span.start, span.end);
  const compound = PLACE_COMPOUND.exec(raw);
  const end = span.end - (compound ? compound[0].length : ABBREVIATION_PERIOD.test(raw) ? 1 : 0);
  const surface = text.slice(span.start, end);
  const key = stripLegalSuffix(canonicalKey(surface));
  if (!key || !/\p{L}/u.test(key)) return null;
  const words = key.split(' ').length;
  // One object shape for every mention (a spread base made generic, slower objects).
  const mention = (mentionKey: string, type: EntityType, acronym: boolean): RawMention => ({
    start: span.start, end, text: surface, titled: false, known: true, sentenceInitial: span.sentenceInitial, key: mentionKey, type, acronym, weight: TAGGED,
  });
  // A nationality ("Russian", "Eastlanders") joins its country's key, as the rules did, so
  // the corpus sees one entity; the eval reads the surface back as CoNLL's MISC.
  const demonym = words <= 2 ? (DEMONYMS[key] ?? (key.endsWith('s') ? DEMONYMS[key.slice(0, -1)] : undefined)) : undefined;
  if (demonym && (span.type === 'MISC' || span.type === 'LOC')) return mention(demonym, 'place', false);
  if (compound) return mention(key, 'place', false);
  return mention(key, TYPES[span.type], words === 1 && isAcronym(surface));
}

/**
 * Mentions in the article's non-boilerplate sentences: the rules' mentions are the tagger's
 * hint features, then post-check its output (`checkWithRules`).
 */
export function taggerMentions(article: Article, sentences: readonly Sentence[]): RawMention[] {
  const kept = sentences.filter((s) => article.blocks[s.block]?.kind !== 'boilerplate');
  const rules = ruleMentions(article, kept);
  const model = shippedTagger();
  const margins = new Map<RawMention, number>();
  const { spans, outside } = tagSentencesFully(model, article.text, taggingRanges(article.text, kept), (tokens) => ruleHints(rules, tokens));
  const tagged = spans.flatMap((span) => {
    const m = mentionOf(article.text, span);
    if (m) margins.set(m, span.margin);
    return m ? [m] : [];
  });
  // For a name the tagger did not tag: how sure it was that its words are in no name.
  const outsideMargin = (m: RawMention): number => Math.min(...outside.filter((w) => w.start < m.end && m.start < w.end).map((w) => w.margin), Number.POSITIVE_INFINITY);
  const capitals = kept.filter((s) => !/\p{Ll}/u.test(article.text.slice(s.start, s.end)));
  return checkWithRules(tagged, rules, {
    inCapitals: (m) => capitals.some((s) => s.start <= m.start && m.end <= s.end),
    familiar: (m) => splitWords(m.text).every((w) => familiarWord(model, w.text)),
    margin: (m) => margins.get(m) ?? outsideMargin(m),
  });
}
