import type { Mention, Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { ANONYMITY_PHRASES, ANONYMOUS_HEADS, DETERMINERS, NOT_IN_SPEAKER, NOT_LAST_IN_SPEAKER, SPEAKER_PRONOUNS, SPEECH_VERBS } from './cue-words.js';

/** Who a speaker phrase refers to. */
export interface Speaker {
  readonly span: Span;
  readonly name: string;
  readonly key: string | null;
  readonly anonymous: boolean;
}

/**
 * Longest speaker phrase we accept, in words. Measured on PolNeAR train: 95% of Source
 * spans have ten words or fewer (median 2), e.g. "longtime Democratic pollster Pat Caddell";
 * the longer ones are mostly groups with a relative clause ("some voters who have listened
 * to …"), and allowing 16 words raised recall on train without lowering precision.
 */
const MAX_SPEAKER_WORDS = 16;
const BOUNDARY = /[,;:“”"()\[\]—–]|''|\s-\s/g;
const NAMED_TYPES = new Set(['person', 'organisation']);
const QUANTITY_START = /^(?:\d|about\b|nearly\b|almost\b|more than\b|fewer than\b|half\b|most\b|a majority\b|majorities\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\w+)?\s+(?:percent|in|of)\b)/i;

const GROUP_WITH_MODIFIER = /^(?:\p{Ll}+\s+)?(people|\p{Ll}+[^s\s]s)\s+(?:who|close|familiar|briefed|involved|in|at|from|with|of|on|inside|across|around)\b/u;
/** Longest group phrase read as a speaker (long ones are clauses more often than not). */
const MAX_GROUP_WORDS = 12;

/** Adjective shapes and common adjectives that end a determiner phrase only before a noun. */
const ADJECTIVE_LIKE = /^(?:\p{Ll}+(?:ing|ive|al|ic|ous|ful|ent|ant|ary|less|able|ible)|new|own|old|big|top|former|other|same|first|last|next|good|bad|great|small|large|major)$/u;

// Lower-case subordinators and conjunctions start a new clause: "… when she said".
const CLAUSE_START = /\b(?:and|but|so|while|as|because|when|then|where|after|before|if|that|since|although|though|until|whereas)\s+/gi;

/**
 * The phrase just before a cue verb, back to the nearest clause boundary: punctuation, or a
 * conjunction that is not inside a name ("Securities and Exchange Commission").
 */
export function phraseBefore(text: string, from: number, cueStart: number, mentions: readonly Mention[] = []): Span | null {
  // Parentheticals ("(R-Iowa)", "— a teacher from Harlow —") belong to the phrase, so
  // their punctuation is not a boundary.
  const window = text.slice(from, cueStart).replace(/\([^()]{1,40}\)|\s[—–]\s?[^—–]{1,80}?\s?[—–](?=\s)/g, (m) => ' '.repeat(m.length));
  let cut = 0;
  for (const match of window.matchAll(BOUNDARY)) cut = (match.index ?? 0) + match[0].length;
  for (const match of window.matchAll(CLAUSE_START)) {
    const at = from + (match.index ?? 0);
    if (match.index !== undefined && match.index >= cut && !mentions.some((m) => m.start <= at && at < m.end)) cut = match.index + match[0].length;
  }
  const span = trimSpan(text, { start: from + cut, end: cueStart });
  return span.end > span.start ? span : null;
}

/** Hides the periods of "Mr.", "Sen.", "J." so they do not read as sentence ends. */
export function maskAbbreviations(text: string): string {
  return text.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z])\./g, (m) => m.replace('.', '_'));
}

/** The phrase just after a cue verb ("said Hale", "said a senior official"), up to a boundary. */
export function phraseAfter(text: string, cueEnd: number, limit: number): Span | null {
  const window = text.slice(cueEnd, limit);
  const stop = /[,;:.!?“”"()\[\]—–]|''|\s-\s|\s(?:on|in|at|during|after|before|who|that|when)\s/.exec(maskAbbreviations(window));
  const span = trimSpan(text, { start: cueEnd, end: cueEnd + (stop ? stop.index : window.length) });
  return span.end > span.start ? span : null;
}

/** A name, not a pronoun the entities stage resolved (`via: 'pronoun'`): speaker phrases are read from names. */
export const isNamed = (m: Mention): boolean => m.via !== 'pronoun';

function namedMentionIn(span: Span, mentions: readonly Mention[]): Mention | undefined {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end && isNamed(m));
  return inside.filter((m) => m.type === 'person').pop() ?? inside.filter((m) => NAMED_TYPES.has(m.type)).pop() ?? inside.pop();
}

/**
 * The person a pronoun speaker ("he said") stands for: the entities stage's pronoun mention
 * on it, which agrees in gender and weighs salience (GUM news, he/she: P 0.76 against 0.62
 * for the nearest person named before). None when the stage found no antecedent.
 */
function pronounReferent(span: Span, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.via === 'pronoun' && m.start === span.start && m.type === 'person');
}

/**
 * Reads a speaker phrase: a named mention, a pronoun resolved by the entities stage, or
 * an unnamed source ("a senior official"). Null when the phrase does not look like a
 * speaker (too long, or a clause rather than a noun phrase).
 */
export function readSpeaker(text: string, span: Span, mentions: readonly Mention[], sentence: Span): Speaker | null {
  const phrase = text.slice(span.start, span.end);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return null;
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ''));
  // "fees, which dockworkers' unions say …": the relative word belongs to the clause, not the speaker.
  if (words.length > 1 && (lower[0] === 'which' || lower[0] === 'whose')) {
    const rest = phrase.slice((words[0] ?? '').length).search(/\S/) + (words[0] ?? '').length;
    return readSpeaker(text, { start: span.start + rest, end: span.end }, mentions, sentence);
  }
  // "Hale, who said …": the relative pronoun is the source (PolNeAR marks it so), and it
  // stands for the name right before it in the same sentence.
  if (words.length === 1 && (lower[0] === 'who' || lower[0] === 'which')) {
    const before = mentions.filter((m) => m.end <= span.start && m.start >= sentence.start && NAMED_TYPES.has(m.type) && isNamed(m)).pop();
    if (before && !/[.!?]/.test(text.slice(before.end, span.start))) return { span, name: before.name, key: before.key, anonymous: false };
    // "… compared with 64 percent who say …": no name, so the words before stand for it.
    const group = /((?:[\p{L}\p{N}%-]+\s+){0,3}[\p{L}\p{N}%-]+),?\s*$/u.exec(text.slice(sentence.start, span.start))?.[1];
    return group && /^(?:\d|[\p{Ll}])/u.test(group) ? { span, name: group, key: null, anonymous: false } : null;
  }
  // "a spokesperson who asked …": the verb belongs to a relative clause, not to the speaker.
  if (['who', 'which', 'that', 'whom', 'whose'].includes(lower[lower.length - 1] ?? '')) return null;
  if (NOT_LAST_IN_SPEAKER.has(lower[lower.length - 1] ?? '')) return null;
  // Auxiliaries mean a clause ("Hale is …"), unless inside a relative clause ("who was …").
  const relative = lower.findIndex((w) => w === 'who' || w === 'which');
  if (lower.some((w, i) => NOT_IN_SPEAKER.has(w) && (relative < 0 || i < relative))) return null;
  // So does a verb of saying ("Stacy Baker says she"): the phrase is a clause of its own.
  if (words.some((w, i) => SPEECH_VERBS.has(w) && (relative < 0 || i < relative))) return null;
  if (words.length === 1 && SPEAKER_PRONOUNS.has(lower[0] ?? '')) {
    const person = lower[0] === 'he' || lower[0] === 'she' ? pronounReferent(span, mentions) : undefined;
    return { span, name: person?.name ?? phrase, key: person?.key ?? null, anonymous: false };
  }
  const named = namedMentionIn(span, mentions);
  if (named && NAMED_TYPES.has(named.type)) return { span, name: named.name, key: named.key, anonymous: false };
  const head = lower[lower.length - 1] ?? '';
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (ANONYMOUS_HEADS.has(head) || ANONYMITY_PHRASES.test(phrase)) {
    return { span, name: phrase, key: null, anonymous: true };
  }
  if (named) return { span, name: named.name, key: named.key, anonymous: false };
  // A capitalised name the entity stage did not type ("Simmons said").
  const writerOrReader = ['i', 'we', 'you'].includes(lower[0] ?? '');
  if (!writerOrReader && words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{L}.’'-]*$/u.test(w)) && !DETERMINERS.has(lower[0] ?? '')) {
    return { span, name: phrase, key: null, anonymous: false };
  }
  // A common-noun phrase ("the report", "the ministry") is a speaker only when it starts with
  // a determiner and is short; anything else is more likely a clause.
  // Groups and shares speak too: "Voters say", "About half of voters say", "Sixty percent said".
  // A group with a modifier after its noun: "people briefed on the talks", "sources close to
  // her campaign", "voters who backed Hale".
  const group = GROUP_WITH_MODIFIER.exec(phrase);
  if (group && words.length <= MAX_GROUP_WORDS) return { span, name: phrase, key: null, anonymous: ANONYMOUS_HEADS.has((group[1] ?? '').toLowerCase()) };
  if (words.length <= 6 && (QUANTITY_START.test(phrase) || (words.length <= 3 && /^\p{L}+[^s]s$/u.test(lower[lower.length - 1] ?? '')))) {
    return { span, name: phrase, key: null, anonymous: false };
  }
  // "the boxing champion", "a new report", "a progressive think tank": a determiner and an
  // adjective are the start of a noun phrase whose noun was read as a verb.
  if (words.length === 2 && DETERMINERS.has(lower[0] ?? '') && ADJECTIVE_LIKE.test(words[1] ?? '')) return null;
  if (DETERMINERS.has(lower[0] ?? '') && words.length <= 6) {
    return { span, name: phrase, key: null, anonymous: ANONYMITY_PHRASES.test(sentenceText) && !/^the\s+\p{Lu}/u.test(phrase) };
  }
  return null;
}

/** Longest apposition taken into a speaker phrase, in words ("a lawyer in Orlando who …"). */
const MAX_APPOSITION_WORDS = 20;
const NOT_APPOSITION = /^(?:\p{Ll}+ing|who|which|that|but|and|or|while|as|in|on|at|after|before|when|because|although|though|adding|according)\b/u;

/**
 * "…, said Paul Maslin, a Democratic pollster." / "said Sen. Ada Pike (D-Ore.)": an apposition
 * or parenthesis that closes the sentence belongs to the speaker phrase, as PolNeAR marks it.
 */
export function withApposition(text: string, span: Span, limit: number): Span {
  const rest = maskAbbreviations(text.slice(span.end, limit));
  const parenthesis = /^\s*\([^()]{1,30}\)/.exec(rest);
  const at = parenthesis ? parenthesis[0].length : 0;
  const apposition = /^,\s+([^“”"();:,]+?(?:,\s+[^“”"();:,]+?)?)(?=[.!?]?[”"']*\s*$)/u.exec(rest.slice(at));
  const body = apposition?.[1] ?? '';
  const ok = apposition && !NOT_APPOSITION.test(body) && body.split(/\s+/).length <= MAX_APPOSITION_WORDS;
  return trimSpan(text, { start: span.start, end: span.end + at + (ok ? apposition[0].length : 0) });
}
