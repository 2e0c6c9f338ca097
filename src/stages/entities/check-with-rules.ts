import { ALIASES } from './aliases.js';
import type { RawMention } from './type-name.js';

/**
 * Evidence weight from which the rules' type overrules the tagger's for the same span, when
 * the tagger never saw the name and is unsure of it (`UNSURE`): a list, a title, a suffix or
 * a cue that is "usually right" ("near X", "shares of X", "the X government"; see `context-evidence.ts`).
 * For names it knows, the tagger has already weighed these cues (they are its features):
 * overruling it there cost 3 points of F1 on CoNLL-2003 eng.testa ("Washington" the team).
 */
const TYPE_OVERRULES = 2;

/**
 * Margin (`decodeWithMargins`, the shipped model's units) below which the tagger is unsure of
 * a type. On CoNLL-2003 eng.testa the tagger's spans under 50,000 (its lowest 17%) had the
 * right span and type 30-83% of the time, those above it 93-98%. Only there may a strong
 * rule cue overrule it: a sure tagger was right against a surname guess ("Philadelphia
 * Eagles", "NSW Treasury" made people). Any cut from 20,000 to 50,000 scored within 3
 * mentions on testa; 50,000 keeps cues on invented names ("shares of Vandrel", tagged a
 * place at 35,000). Calibrated for the shipped weights: re-check after retraining.
 */
const UNSURE = 50_000;

/** Evidence weight from which a rule mention the tagger missed is added: lists and strong cues. */
const ADD_MISSED = 3;

const sameSpan = (a: RawMention, b: RawMention): boolean => a.start === b.start && a.end === b.end;
const overlaps = (a: RawMention, b: RawMention): boolean => a.start < b.end && b.start < a.end;
const contains = (outer: RawMention, inner: RawMention): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** What the article and the model say about a mention's place. */
export interface MentionContext {
  /** In a sentence written in capitals. */
  readonly inCapitals: (m: RawMention) => boolean;
  /** Every word of it was seen by the tagger in training (see `familiarWord` for capitals). */
  readonly familiar: (m: RawMention) => boolean;
  /**
   * How sure the tagger is (`decodeWithMargins`): of the type it gave a mention it tagged; of
   * "no name here" for the words of one it did not tag.
   */
  readonly margin: (m: RawMention) => number;
}

/**
 * Rule mentions the tagger missed that lists, strong cues or the tagger itself elsewhere
 * support, and unfamiliar names in a headline in capitals, which the rules split at ordinary
 * words ("… AGREED ON ESKELAND TRADE") where the tagger, knowing nothing of the word, often
 * finds nothing; unless it was sure there is none (on eng.testa, the 4 capitals words it left
 * out with a margin over `UNSURE` were none of them names).
 */
function missedByTagger(tagged: readonly RawMention[], rules: readonly RawMention[], context: MentionContext): RawMention[] {
  const typeOfKey = new Map(tagged.map((m) => [m.key, m.type]));
  return rules.flatMap((r) => {
    if (tagged.some((m) => overlaps(m, r))) return [];
    if ((r.known && r.weight >= ADD_MISSED) || (context.inCapitals(r) && !context.familiar(r) && context.margin(r) < UNSURE)) return [r];
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
 * suffixes dropped) and, for a name new to the tagger that it typed unsure and a list or a
 * strong cue typed, the rules' type win; rule mentions the tagger missed are added when
 * supported (`missedByTagger`).
 */
export function checkWithRules(tagged: readonly RawMention[], rules: readonly RawMention[], context: MentionContext): RawMention[] {
  // A longer name the tagger found around an alias stays whole ("U.S. Open" is not "U.S."):
  // letting the alias win there cost 6 exact matches on CoNLL-2003 eng.testa.
  const aliased = rules.filter((r) => ALIASES.has(r.key) && !tagged.some((m) => contains(m, r)));
  const kept = tagged.filter((m) => !aliased.some((r) => overlaps(r, m)));
  const checked = kept.map((m) => {
    const rule = rules.find((r) => sameSpan(r, m));
    if (!rule) return m;
    const typed = rule.known && rule.weight >= TYPE_OVERRULES && !context.familiar(m) && context.margin(m) < UNSURE;
    return { ...m, key: rule.key, titled: rule.titled, acronym: rule.acronym, ...(typed ? { type: rule.type, weight: rule.weight } : {}) };
  });
  return [...checked, ...aliased, ...missedByTagger(checked, rules.filter((r) => !aliased.includes(r)), context)].sort((a, b) => a.start - b.start || a.end - b.end);
}
