import type { Mention, Quote, Sentence, Span } from '../../core/model.js';
import { overlaps } from '../../core/text.js';
import type { Cue } from './find-cues.js';
import { speakerBefore } from './speaker-before.js';
import { readSpeaker } from './speaker-phrase.js';
import type { TaggedAttributions } from './tag-attributions.js';

const sentenceAt = (sentences: readonly Sentence[], at: number): Span | undefined =>
  sentences.find((s) => s.start <= at && at < s.end);

const ONLY_DETERMINERS = /^\s*(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|my)\b\s*)+$/i;

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/**
 * Joins the rules' quotes with the taggers' spans. The tagged cues decide which reported
 * speech exists: a rule quote whose cue the cue tagger does not confirm is dropped (direct
 * quotes stay: quotation marks and a verb of saying are evidence enough, and on dev keeping
 * them cost nothing), a confirmed one takes the tagged cue span, and the tagged content
 * span when one overlaps (the rules' speaker span stays: it scored better where both
 * exist). A tagged cue no rule read becomes a quote of its own, with the nearest tagged
 * content (after the cue first) and source in its sentence, else the rules' subject. A
 * tagged content nothing claimed is kept, without a cue, with a tagged source of its
 * sentence if there is one: PolNeAR marks contents whose cue sits elsewhere, and keeping
 * them is worth +0.017 content overlap F1 on dev (0.808 against 0.791). "I" and "we" are
 * never sources: outside quotation marks they are the writer. The first choices were
 * made on PolNeAR dev among 32 combinations (the leading ones ranked the same on train).
 */
export function assembleQuotes(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], rules: readonly Quote[], found: TaggedAttributions): Quote[] {
  // A content that is only a determiner ("welcomed the") is a tagger slip, never a claim.
  const tagged = { ...found, contents: found.contents.filter((c) => !ONLY_DETERMINERS.test(text.slice(c.start, c.end))) };
  const quotes: Quote[] = [];
  const usedCues: Span[] = [];
  for (const rule of rules) {
    const cue = rule.cue ? tagged.cues.find((c) => overlaps(c, rule.cue!)) : undefined;
    if (rule.cue && !cue && rule.kind !== 'direct') continue;
    // The taggers see one paragraph at a time; a quotation running over several is the rules'.
    const multiParagraph = text.slice(rule.content.start, rule.content.end).includes('\n');
    const content = (multiParagraph ? undefined : tagged.contents.find((c) => overlaps(c, rule.content))) ?? rule.content;
    quotes.push({ ...rule, cue: cue ?? rule.cue, content });
    if (cue) usedCues.push(cue);
  }
  for (const cue of tagged.cues) {
    if (usedCues.some((c) => sameSpan(c, cue))) continue;
    const sentence = sentenceAt(sentences, cue.start) ?? cue;
    const inSentence = (s: Span): boolean => s.start < sentence.end && sentence.start < s.end && !overlaps(s, cue);
    const content = nearest(tagged.contents.filter(inSentence), (s) => [s.start >= cue.end ? 0 : 1, Math.abs(s.start - cue.end)]);
    if (!content) continue;
    const source = nearest(tagged.sources.filter(inSentence), (s) => [0, Math.abs(s.end - cue.start)]) ?? ruleSpeaker(text, sentence, cue, mentions);
    if (source && isWriter(text, source)) continue;
    quotes.push(taggedQuote(text, sentence, mentions, cue, source, content));
  }
  for (const content of tagged.contents) {
    if (quotes.some((q) => overlaps(q.content, content))) continue;
    const sentence = sentenceAt(sentences, content.start) ?? content;
    const source = nearest(tagged.sources.filter((s) => s.start < sentence.end && sentence.start < s.end && !overlaps(s, content)), (s) => [0, Math.abs(s.end - content.start)]);
    if (source && isWriter(text, source)) continue;
    quotes.push(taggedQuote(text, content, mentions, null, source, content));
  }
  return quotes.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}

/** The rules' subject of a tagged cue no tagged source sits beside ("The appeals court ruled"). */
function ruleSpeaker(text: string, sentence: Span, cue: Span, mentions: readonly Mention[]): Span | null {
  const words = [...text.slice(cue.start, cue.end).matchAll(/[\p{L}’'-]+/gu)];
  const verb = words[0];
  if (!verb) return null;
  const asCue: Cue = { start: cue.start, end: cue.end, word: verb[0].toLowerCase(), verbStart: cue.start + (verb.index ?? 0), kind: 'speech' };
  return speakerBefore(text, sentence, sentence.start, asCue, mentions)?.span ?? null;
}

/** "I", "we": outside quotation marks, the writer's own voice, which is no quote. */
const isWriter = (text: string, source: Span): boolean => /^(?:i|we|me|us)$/i.test(text.slice(source.start, source.end).trim());

function nearest(spans: readonly Span[], rank: (s: Span) => readonly [number, number]): Span | null {
  let best: Span | null = null;
  for (const span of spans) {
    const [a, b] = rank(span);
    if (!best) { best = span; continue; }
    const [x, y] = rank(best);
    if (a < x || (a === x && b < y)) best = span;
  }
  return best;
}

function taggedQuote(text: string, sentence: Span, mentions: readonly Mention[], cue: Span | null, source: Span | null, content: Span): Quote {
  const speaker = source ? readSpeaker(text, source, mentions, sentence) : null;
  return {
    content,
    cue,
    speaker: source,
    speakerName: speaker?.name ?? (source ? text.slice(source.start, source.end) : null),
    speakerKey: speaker?.key ?? null,
    kind: /^\s*[“"]/.test(text.slice(content.start, content.end)) ? 'direct' : /[“”"]/.test(text.slice(content.start, content.end)) ? 'mixed' : 'indirect',
    anonymous: speaker?.anonymous ?? false,
  };
}
