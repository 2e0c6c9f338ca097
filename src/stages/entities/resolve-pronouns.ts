import type { Mention, Sentence } from '../../core/model.js';
import { chooseAntecedent, keyGenders, type KnownNames, type PronounPolicy, type Referent } from './pronoun-antecedents.js';
import { PRONOUN_PATTERN, pronounWord } from './pronoun-words.js';

/**
 * The policy chosen on GUM's train split without news (171 documents, the "tuning" group of
 * `storyline eval pronouns`) by a small grid, news never looked at (F1 over all pronouns):
 * - he/him/his/she/her… look six sentences back (three: 0.631, six: 0.645, ten: 0.649 at
 *   lower precision); decay 0.5 and a known matching gender ×3 (the grid is flat within ±2 points);
 * - a resolved pronoun carries its name on with a name's weight (without chaining: 0.572);
 * - a name named often so far outweighs a passing one, × (1 + ln count): +1.3 points;
 * - a subject bonus (first entity within four words of the sentence start) lost 2–3 points
 *   at every weight tried, so it is 1 (off); sum salience already favours the topic;
 * - it/its and they/their/them stay unresolved: linked to organisations (and places) they
 *   were right 11–30% of the time in every variant tried (same sentence only, "its" only),
 *   as they mostly stand for unnamed things and groups.
 */
export const DEFAULT_PRONOUN_POLICY: PronounPolicy = {
  types: { male: ['person'], female: ['person'], neuter: [], plural: [] },
  window: { male: 6, female: 6, neuter: 1, plural: 1 },
  decay: 0.5,
  subject: 1,
  genderMatch: 3,
  ambiguous: 0.75,
  chained: 1,
  frequency: 1,
};

/** Words before an entity within which it still counts as its sentence's subject ("On Monday, Vance said"). */
const SUBJECT_LEAD_WORDS = 4;

/**
 * "It is likely that …", "it seems", "it was not clear whether …": no referent at all.
 * Only read by policies that resolve "it" (the evaluation's variants); the default leaves
 * it/they unresolved.
 */
const PLEONASTIC_AFTER = /^\s+(?:is|was|'s|’s|isn't|wasn't|seems|seemed|appears|appeared|remains|remained|took|takes|(?:will|would|may|might|could|should|must|has|had|have)\s+(?:not\s+)?(?:be|been|seem|appear))\b/iu;

/** A pronoun as written in running text, not part of an all-capitals word like "IT". */
const RUNNING_CASE = /^(?:\p{Lu}?\p{Ll}+)$/u;

/**
 * Third-person pronouns of an article linked to the names they stand for: each becomes a
 * mention with its antecedent's type, key and name (`via: 'pronoun'`), and the text of the
 * pronoun. One left-to-right pass over the sentences: a resolved pronoun carries its name on
 * to later pronouns ("Vance … She … her"), so the look-back stays a few sentences and the
 * cost linear. `named` are the article's named mentions in reading order; `sentences` the
 * sentences to read (boilerplate already left out).
 */
export function resolvePronouns(text: string, sentences: readonly Sentence[], named: readonly Mention[], policy: PronounPolicy = DEFAULT_PRONOUN_POLICY): Mention[] {
  const known = { genders: keyGenders(text, named), counts: new Map<string, number>() };
  const longest = Math.max(...Object.values(policy.window));
  const recent: Referent[] = [];
  const found: Mention[] = [];
  const matches = [...text.matchAll(PRONOUN_PATTERN)];
  let n = 0;
  let p = 0;
  sentences.forEach((sentence, index) => {
    while (recent.length > 0 && index - (recent[0]?.sentence ?? index) > longest) recent.shift();
    let seen = false;
    const subjectAt = (start: number): boolean => !seen && wordsBetween(text, sentence.start, start) <= SUBJECT_LEAD_WORDS;
    while (n < named.length && (named[n]?.start ?? Infinity) < sentence.start) n++;
    while (p < matches.length && (matches[p]?.index ?? Infinity) < sentence.start) p++;
    for (;;) {
      const m = n < named.length && named[n]!.end <= sentence.end ? named[n] : undefined;
      const match = p < matches.length && (matches[p]!.index ?? 0) < sentence.end ? matches[p] : undefined;
      if (!m && !match) break;
      if (m && (!match || m.start <= (match.index ?? 0))) {
        recent.push({ key: m.key, name: m.name, type: m.type, sentence: index, start: m.start, end: m.end, subject: subjectAt(m.start), pronoun: false });
        known.counts.set(m.key, (known.counts.get(m.key) ?? 0) + 1);
        seen = true;
        n++;
        // A pronoun inside a name ("It" in a film title) is part of the name.
        while (p < matches.length && (matches[p]!.index ?? 0) < m.end) p++;
        continue;
      }
      p++;
      const mention = pronounMention(text, match!, index, recent, known, policy);
      if (!mention) continue;
      found.push(mention);
      recent.push({ key: mention.key, name: mention.name, type: mention.type, sentence: index, start: mention.start, end: mention.end, subject: subjectAt(mention.start), pronoun: true });
      seen = true;
    }
  });
  return found;
}

function pronounMention(text: string, match: RegExpMatchArray, sentence: number, recent: readonly Referent[], known: KnownNames, policy: PronounPolicy): Mention | null {
  const surface = match[0];
  const start = match.index ?? 0;
  const word = pronounWord(surface);
  if (!word || !RUNNING_CASE.test(surface)) return null;
  const end = start + surface.length;
  if (surface.toLowerCase() === 'it' && PLEONASTIC_AFTER.test(text.slice(end, end + 40))) return null;
  const chosen = chooseAntecedent(text, { word, sentence, start }, recent, known, policy);
  if (!chosen) return null;
  const { best, candidates } = chosen;
  // A clear "she" for a name of unknown gender tells its gender for the pronouns after it
  // ("Zaha Hadid … She …" and later "He" goes to her father, not to her).
  if (!candidates && best.type === 'person' && (word.class === 'male' || word.class === 'female') && !known.genders.has(best.key)) known.genders.set(best.key, word.class);
  const base = { start, end, text: surface, type: best.type, key: best.key, name: best.name, via: 'pronoun' as const };
  return candidates ? { ...base, candidates } : base;
}

/** Number of words in text[from, to). */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const letter = text.charCodeAt(i) > 32;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}
