import { ALIASES } from './aliases.js';
import type { RawMention } from './type-name.js';

/**
 * Evidence weight from which the rules' type overrules the tagger's for the same span, when
 * the tagger never saw the name in training: a list, a title, a suffix or a cue that is
 * "usually right" ("near X", "shares of X", "the X government"; see `context-evidence.ts`).
 * For names it knows, the tagger has already weighed these cues (they are its features):
 * overruling it there cost 3 points of F1 on CoNLL-2003 eng.testa ("Washington" the team).
 */
const TYPE_OVERRULES = 2;

/** Evidence weight from which a rule mention the tagger missed is added: lists and strong cues. */
const ADD_MISSED = 3;

const sameSpan = (a: RawMention, b: RawMention): boolean => a.start === b.start && a.end === b.end;
const overlaps = (a: RawMention, b: RawMention): boolean => a.start < b.end && b.start < a.end;

/** What the article and the model say about a mention's place. */
export interface MentionContext {
  /** In a sentence written in capitals. */
  readonly inCapitals: (m: RawMention) => boolean;
  /** Every word of it was seen by the tagger in training. */
  readonly familiar: (m: RawMention) => boolean;
}

/**
 * Rule mentions the tagger missed that lists, strong cues or the tagger itself elsewhere
 * support, and unfamiliar names in a headline in capitals, which the rules split at ordinary
 * words ("… AGREED ON ESKELAND TRADE") where the tagger, knowing nothing of the word, often
 * finds nothing.
 */
function missedByTagger(tagged: readonly RawMention[], rules: readonly RawMention[], context: MentionContext): RawMention[] {
  const typeOfKey = new Map(tagged.map((m) => [m.key, m.type]));
  return rules.flatMap((r) => {
    if (tagged.some((m) => overlaps(m, r))) return [];
    if ((r.known && r.weight >= ADD_MISSED) || (context.inCapitals(r) && !context.familiar(r))) return [r];
    // The same name tagged elsewhere in the article ("Mirskov voted" after a dash, where the
    // tagger hesitated): a document uses one name one way.
    const type = typeOfKey.get(r.key);
    return type ? [{ ...r, type }] : [];
  });
}

/**
 * Post-checks of the tagger's mentions against the rules' mentions of the same article:
 * a name from the alias list replaces what the tagger made of its words ("Islamic" of
 * "Islamic State"); where both found the same span, the rules' key (demonyms folded, legal
 * suffixes dropped) and, for a name new to the tagger that a list or a strong cue typed, the
 * rules' type win; rule
 * mentions the tagger missed are added when supported (`missedByTagger`).
 */
export function checkWithRules(tagged: readonly RawMention[], rules: readonly RawMention[], context: MentionContext): RawMention[] {
  const aliased = rules.filter((r) => ALIASES.has(r.key) && !tagged.some((m) => sameSpan(m, r)));
  const kept = tagged.filter((m) => !aliased.some((r) => overlaps(r, m)));
  const checked = kept.map((m) => {
    const rule = rules.find((r) => sameSpan(r, m));
    if (!rule) return m;
    const typed = rule.known && rule.weight >= TYPE_OVERRULES && !context.familiar(m);
    return { ...m, key: rule.key, titled: rule.titled, acronym: rule.acronym, ...(typed ? { type: rule.type, weight: rule.weight } : {}) };
  });
  return [...checked, ...aliased, ...missedByTagger(checked, rules.filter((r) => !aliased.includes(r)), context)].sort((a, b) => a.start - b.start || a.end - b.end);
}
