import {
  ATTRIBUTION, COMPARATIVE_JUDGEMENT, FIRST_PLURAL, FIRST_SINGULAR, GENERALISATION, HEDGES, INTENSIFIERS, MILD_EVALUATIVE,
  MODAL_POSSIBILITY, PRESCRIPTIVE, REPORT_OPENING, SECOND_PERSON, STANCE_PHRASES, STRONG_EVALUATIVE, TIME_ANCHOR, VERDICT_OPENING,
} from './opinion-cues.js';

/**
 * Verbs that open an instruction to the reader ("Try it for a week", "Book ahead"):
 * common imperatives of advice writing. A sentence that starts with one of them, in the
 * base form and capitalised, addresses the reader.
 */
const IMPERATIVE_OPENING = /^\s*(?:try|think|imagine|consider|remember|forget|look|ask|book|order|replace|sit|stop|start|give|keep|make|take|go|read|listen|watch|judge|spare|don't|do not|never|note|beware|trust)\b/i;

/** Quantities in words; "one", "half" and "quarter" alone are too often no number ("no one", "the old quarter"). */
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|percent|per cent)\b|\b(?:a|one|two) (?:half|third|quarter|fifth)\b|\bhalf (?:of|a|an|the)\b/i;

/** Binary cue features of the writer's own words (quotes blanked). */
export function sentenceFeatures(own: string, partlyQuoted: boolean): string[] {
  const text = own.trim();
  const words = text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const out: string[] = ['bias'];
  const add = (name: string, on: boolean): void => {
    if (on) out.push(name);
  };
  add('first-singular', FIRST_SINGULAR.test(text));
  add('first-plural', FIRST_PLURAL.test(text));
  add('second-person', SECOND_PERSON.test(text));
  add('stance-phrase', STANCE_PHRASES.test(text));
  add('question', /\?\s*$/.test(text));
  add('exclamation', /!\s*$/.test(text));
  add('imperative', IMPERATIVE_OPENING.test(text));
  const strong = words.filter((w) => STRONG_EVALUATIVE.has(w)).length;
  const mild = words.filter((w) => MILD_EVALUATIVE.has(w)).length;
  add('strong-evaluative', strong > 0);
  add('mild-evaluative', mild > 0);
  add('evaluative-2', strong + mild >= 2);
  add('intensifier', INTENSIFIERS.test(text));
  add('prescriptive', PRESCRIPTIVE.test(text));
  add('hedge', HEDGES.test(text));
  add('modal', MODAL_POSSIBILITY.test(text));
  add('comparative', COMPARATIVE_JUDGEMENT.test(text));
  add('generalisation', GENERALISATION.test(text));
  add('verdict-opening', VERDICT_OPENING.test(text));
  add('negation', /\b(?:not|never|no|nothing|cannot|can't|won't|isn't|wasn't|doesn't|don't)\b/i.test(text));
  add('attribution', ATTRIBUTION.test(text));
  add('time-anchor', TIME_ANCHOR.test(text));
  add('number', /\d/.test(text) || COUNTED.test(text));
  add('report-opening', REPORT_OPENING.test(own));
  add('partial-quote', partlyQuoted);
  add('names-2', properNames(text) >= 2);
  add('short', words.length <= 6);
  add('long', words.length >= 25);
  return out;
}

/** Capitalised words that do not open the sentence: a rough count of names. */
function properNames(text: string): number {
  const tokens = text.split(/\s+/).slice(1);
  return tokens.filter((t) => /^[\p{Lu}][\p{Ll}]/u.test(t) && !/^(?:I|I'm|I’m)$/.test(t)).length;
}

/** Cues that, unattributed, mark the writer's voice: counted per article for its context. */
export const VOICE_CUES: ReadonlySet<string> = new Set([
  'first-singular', 'first-plural', 'second-person', 'stance-phrase', 'question', 'exclamation', 'imperative', 'strong-evaluative', 'verdict-opening', 'comparative',
]);
