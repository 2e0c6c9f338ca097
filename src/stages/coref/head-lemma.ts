import { lightStem } from '../fingerprint/index.js';

/** Personal, possessive, reflexive and demonstrative pronouns, and locative/temporal pro-forms. */
export const PRONOUNS: ReadonlySet<string> = new Set(
  `i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
   it its itself they them their theirs themselves this that these those who whom whose which what there here then now
   someone somebody anyone anybody everyone everybody one ones`.split(/\s+/),
);

/** Words before a mention's head that never head it: determiners, prepositions, auxiliaries, negation. */
const NON_HEAD_LEADERS: ReadonlySet<string> = new Set(
  `a an the this that these those some any no every each all both another other such
   on in at of for from to by with into onto over under near during after before since until about around across
   is are was were be been being am has have had having do does did will would shall should can could may might must
   not n't never also just still already`.split(/\s+/),
);

/** Words that end the head-bearing chunk of a noun phrase: "mayor | of Paris", "man | who …". */
const CHUNK_BREAKS: ReadonlySet<string> = new Set(
  `of in at on for from with by near outside inside during after before who whom whose which that where when , ( - -- : ; "`.split(/\s+/),
);

/** Irregular forms common in news that a suffix rule cannot fold. Written by us. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', went: 'go', gone: 'go', goes: 'go', took: 'take', taken: 'take', made: 'make',
  gave: 'give', given: 'give', came: 'come', got: 'get', gotten: 'get', found: 'find', held: 'hold', left: 'leave',
  shot: 'shoot', struck: 'strike', stricken: 'strike', hit: 'hit', killed: 'kill', died: 'die', dies: 'die', dying: 'die',
  fell: 'fall', fallen: 'fall', led: 'lead', won: 'win', lost: 'lose', sold: 'sell', bought: 'buy', paid: 'pay',
  fought: 'fight', caught: 'catch', brought: 'bring', began: 'begin', begun: 'begin', ran: 'run', saw: 'see', seen: 'see',
  knew: 'know', known: 'know', thought: 'think', sent: 'send', spent: 'spend', built: 'build', broke: 'break',
  broken: 'break', stole: 'steal', stolen: 'steal', fled: 'flee', rose: 'rise', risen: 'rise', shook: 'shake',
  shaken: 'shake', hung: 'hang', swore: 'swear', sworn: 'swear', chose: 'choose', chosen: 'choose', drove: 'drive',
  driven: 'drive', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', met: 'meet', kept: 'keep',
  felt: 'feel', meant: 'mean', heard: 'hear', set: 'set', put: 'put', quit: 'quit', bid: 'bid', beat: 'beat',
  beaten: 'beat', sank: 'sink', sunk: 'sink', blew: 'blow', blown: 'blow', threw: 'throw', thrown: 'throw',
  men: 'man', women: 'woman', children: 'child', people: 'people', police: 'police', feet: 'foot', lives: 'life',
  wives: 'wife', thieves: 'thief', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', has: 'have', had: 'have',
};

/** A mention word in lower case without surrounding punctuation or possessive endings. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s?$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The lemma used for matching: irregular table first, then the light stemmer. */
export function lemmaOf(word: string): string {
  const w = normaliseWord(word);
  return IRREGULAR[w] ?? lightStem(w);
}

/**
 * Index (into `words`) of the syntactic head of a mention, without a parser. Entities are
 * noun phrases: leading determiners and prepositions are skipped, the phrase is cut at the
 * first post-modifier ("of", "who", a comma) and its last word is the head. Events are
 * triggers ("checked into", "was arrested"): the first word that is not an auxiliary.
 */
export function headIndex(words: readonly string[], kind: 'event' | 'entity'): number {
  const lower = words.map((w) => w.toLowerCase());
  let start = 0;
  while (start < lower.length - 1 && NON_HEAD_LEADERS.has(lower[start] ?? '')) start++;
  if (kind === 'event') return start;
  let end = start;
  while (end + 1 < lower.length && !CHUNK_BREAKS.has(lower[end + 1] ?? '')) end++;
  // A trailing possessive or punctuation token is not the head ("actress 's").
  while (end > start && normaliseWord(words[end] ?? '') === '') end--;
  return end;
}
