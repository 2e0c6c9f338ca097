import type { ParseContext } from './context.js';
import { quotedRegionAt } from './quoted-region.js';

export type Direction = 'past' | 'future' | 'unknown';

// Future cues: modals, fixed phrases and the business-wire "payable"/"effective" (a coming
// date). Multi-word cues are matched first so that "expected to" counts as future, not as the
// past-tense verb "expected". "next to" is a preposition and "due to" alone means "because
// of", so neither is a cue. A present-tense schedule verb right before a date is the
// newswire future ("The trial begins Monday", "the offer expires Nov. 6").
const FUTURE_CUES =
  /\b(?:will|shall|won't|wo n't|must|going to|plans? to|planned to|planning to|is to|are to|(?:is|are|was|were) due(?: to)?|expected to|expects? to|set to|scheduled(?: to| for)?|ahead of|upcoming|coming|next(?! to\b)|intends? to|would|to be|to begin|to start|starting|from now|later this|hopes? to|aims? to|as soon as|as early as|payable|effective)\b|'ll\b|\b(?:begins|starts|opens|closes|expires|ends|resumes|reconvenes|convenes|takes effect)(?=\s+(?:on\s+|at\s+|by\s+)?(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|next|tomorrow)\b)/gi;

// Past cues besides regular "-ed" forms: reporting verbs, auxiliaries, common irregular pasts.
const PAST_WORDS = new Set([
  'said', 'told', 'met', 'was', 'were', 'had', 'did', 'ago', 'last', 'came', 'went', 'made', 'took',
  'gave', 'began', 'left', 'won', 'lost', 'sent', 'held', 'spoke', 'wrote', 'saw', 'found', 'fell',
  'rose', 'ran', 'became', 'brought', 'bought', 'sold', 'struck', 'quit', 'earlier', 'since',
  'previously', 'got', 'led', 'paid', 'fled', 'shot', 'built', 'kept', 'stood', 'felt', 'announced',
  'reported', 'died', 'killed', 'arrested', 'signed', 'voted', 'approved', 'agreed', 'ended', 'started',
]);

// Words ending in -ed that are not past-tense verbs.
const NOT_PAST = new Set([
  'need', 'speed', 'bed', 'red', 'shed', 'hundred', 'seed', 'feed', 'breed', 'indeed', 'proceed',
  'exceed', 'succeed', 'wed', 'fred', 'ted', 'ned', 'greed', 'weed', 'creed', 'expected', 'scheduled',
  'planned', 'related', 'united', 'based', 'limited', 'interested', 'concerned', 'supposed', 'preferred',
  'proposed', 'unspecified', 'detailed', 'advanced', 'combined', 'restated', 'adjusted',
]);

// Directly before an expression, "by" and "until" set a deadline ("must leave by Jan. 14",
// "extended the offer to Nov. 6"), also with a clock time between ("until 9 a.m. EST Tuesday").
const DEADLINE_BEFORE = /(?:\bby|\bno later than|[a-z,]\s+until|\b(?:extend|postpone|delay|move|push(?:ed)? back|put off|adjourn)(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:to|until|till))\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{3})?,?\s+)?$/i;
// A reporting verb right before an expression ("said Wednesday", "told reporters on Tuesday"),
// and a day that is itself the subject of the report ("said Monday will be the deadline").
const REPORTED_BEFORE =
  /\b(?:said|told(?:\s+(?:reporters|journalists|lawmakers|legislators|the|a|an|him|her|them|us|me|news|conference|[A-Z][\w.'’-]*)){1,4}|announced|reported|added|confirmed|declared|stated|disclosed|acknowledged|testified|wrote|warned|insisted)\s+(?:(?:on|late|early)\s+)?$/;
const HAD_AFTER = /^\s*,?\s+(?:[\w'’-]+\s+){0,2}had\b(?!\s+to\b)/i;
const SUBJECT_AFTER = /^\s+(?:will|would|is|could|should|might|may|must)\b/;
// "had filed reports by": the past perfect a few words before a deadline word; not "had
// decided to delay action until" (an infinitive makes it a plan) nor "had to", "had until".
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:already|not|never|n't)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un|ot|ft|id|ld|nt)(?:\s+(?!to\b)[\w'’,-]+){1,4}\s*$/i;
// A participle after "be" ("will be returned", "will be paid") or an adjective after a
// determiner ("the reduced dividend") says nothing about tense.
const BE_BEFORE = /\b(?:be|been|being|is|are|am|get|gets)\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those|of|and)\s+$/i;
// Past forms that are never participles of "be": they stay cues after "be"-words.
const AUXILIARIES = new Set(['said', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'since', 'previously']);

const LAST_TIME_WORD = /^\s+(?:week|month|year|night|weekend|time|season|quarter|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

interface Cue {
  readonly at: number;
  readonly direction: Direction;
  /** Distance multiplier: a reporting verb counts for less than a verb of the clause itself. */
  readonly weight: number;
}

// "will open a crossing before the end of the year, the mayor said on Tuesday": the trailing
// reporting verb is about the telling, not the event, so it counts at twice its distance
// (neutral on TimeBank/AQUAINT value F1 at 1.5 and 2, one value lost at 3).
const REPORTING = new Set(['said', 'told', 'added', 'announced', 'reported']);
const REPORTING_WEIGHT = 2;

// A cue across a clause break (a comma, a semicolon, a dash) belongs to another clause:
// "when the board changed its rules on Monday, and we would review them" — "would" is nearer.
// Such a cue counts at twice its distance: neutral on TempEval-3 (1.5 to 5 give the same
// values); on 2,000 Timeline17 articles it changed 16 weekday/month readings, 14 for the better.
const CLAUSE_BREAK = /[,;:]|\s[-–—_]\s|-RRB-|\)/;
const CLAUSE_PENALTY = 2;

// Cues are found once per sentence (one context object per sentence), not once per expression.
const CUE_CACHE = new WeakMap<ParseContext, readonly Cue[]>();

function cachedCues(context: ParseContext, sentence: string): readonly Cue[] {
  let cues = CUE_CACHE.get(context);
  if (!cues) {
    cues = cuesOf(sentence);
    CUE_CACHE.set(context, cues);
  }
  return cues;
}

function cuesOf(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const masked = sentence.replace(FUTURE_CUES, (m, offset: number) => {
    cues.push({ at: offset + m.length / 2, direction: 'future', weight: 1 });
    return ' '.repeat(m.length);
  });
  for (const word of masked.matchAll(/[A-Za-z']+/g)) {
    const lower = word[0].toLowerCase();
    const at = word.index ?? 0;
    const middle = at + word[0].length / 2;
    const before = sentence.slice(Math.max(0, at - 8), at);
    const participle = BE_BEFORE.test(before) && !AUXILIARIES.has(lower);
    // "last" dates only in "last week/Thursday/year…"; "the last open questions" says nothing of tense.
    if (lower === 'last' && !LAST_TIME_WORD.test(masked.slice(at + 4, at + 20))) continue;
    // Regular "-ed" forms count as much as reporting verbs: weighting them down was tried
    // (x2, x3, x4 distance) and lost a few values on TimeBank/AQUAINT each time.
    const regularPast = lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower) && !DETERMINER_BEFORE.test(before);
    if ((PAST_WORDS.has(lower) || regularPast) && !participle) cues.push({ at: middle, direction: 'past', weight: REPORTING.has(lower) ? REPORTING_WEIGHT : 1 });
  }
  return cues;
}

/**
 * The tense of the sentence around an expression: the closest cue wins (a reported "said on
 * Monday that she will…" is past for "Monday"). A deadline word right before the expression
 * decides alone.
 */
export function directionAt(context: ParseContext, start: number, end: number): Direction {
  const sentence = context.text.slice(context.sentence.start, context.sentence.end);
  const from = start - context.sentence.start;
  const to = end - context.sentence.start;
  const cues = cachedCues(context, sentence);
  // "said Wednesday it will cut jobs", "told reporters on Tuesday that talks will resume": a
  // reporting verb right before the expression dates the telling, which has happened.
  // ("said Monday will be the deadline": there the day is the subject of what was said).
  if (REPORTED_BEFORE.test(sentence.slice(Math.max(0, from - 60), from)) && !SUBJECT_AFTER.test(sentence.slice(to, to + 12))) return 'past';
  if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, from - 40), from))) {
    // "had filed reports by Wednesday": a deadline in the past perfect has passed.
    // So is "By Monday, the firm had sold …": "had" opening the clause after the deadline.
    const passed = PAST_PERFECT_BEFORE.test(sentence.slice(Math.max(0, from - 60), from)) || HAD_AFTER.test(sentence.slice(to, to + 30));
    return passed ? 'past' : 'future';
  }
  // Inside a quotation only the quoted words tell the tense: in "``He will leave at 4 a.m.
  // Thursday,'' Castro said" the reporting verb outside is about the telling.
  const quote = quotedRegionAt(sentence, from);
  const quoted = quote && to <= quote.end ? cues.filter((c) => c.at >= quote.start && c.at < quote.end) : [];
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const cue of quoted.length > 0 ? quoted : cues) {
    if (cue.at >= from && cue.at <= to) continue;
    const between = cue.at < from ? sentence.slice(cue.at, from) : sentence.slice(to, cue.at);
    const distance = (cue.at < from ? from - cue.at : cue.at - to) * cue.weight * (CLAUSE_BREAK.test(between) ? CLAUSE_PENALTY : 1);
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best?.direction ?? 'unknown';
}
