import type { ScoredTimex, TimexPair } from './tempeval-scorer.js';

/**
 * How often the gold annotates a phrase in a given form. The "form" of a value is its shape
 * with digits masked (`1989-W43` and `1990-W02` are both `9999-W99`; `1989-WXX` is
 * `9999-WXX`, `P1Y` is `P9Y`), so a week value and an underspecified week differ, two
 * weeks do not. Phrases are compared lower-cased, spaces collapsed, outer punctuation off.
 */
export type PhraseForms = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s"'`,.;:]+|[\s"'`,.;:]+$/g, '');
}

export function valueForm(value: string): string {
  return value.replace(/\d/g, '9');
}

/** Counts every gold expression's form under its phrase, over all documents given. */
export function phraseForms(gold: Iterable<{ readonly text: string; readonly value: string }>): PhraseForms {
  const forms = new Map<string, Map<string, number>>();
  for (const timex of gold) {
    const key = phraseKey(timex.text);
    const byForm = forms.get(key) ?? new Map<string, number>();
    const form = valueForm(timex.value);
    byForm.set(form, (byForm.get(form) ?? 0) + 1);
    forms.set(key, byForm);
  }
  return forms;
}

/**
 * A wrong value is *contested* when the system wrote it in another form than this gold
 * expression, and the gold writes the same phrase in the system's form elsewhere ("last
 * week" is `1989-WXX` here and `1989-W43` in another document). No resolver that gives a
 * phrase one form in one context can match both; these pairs measure how far the gold's own
 * conventions disagree, not calendar slips (a weekday a week off keeps its form).
 */
export function isContested(pair: TimexPair & { readonly gold: ScoredTimex & { readonly text: string } }, forms: PhraseForms): boolean {
  const systemForm = valueForm(pair.system.value);
  if (pair.gold.value === pair.system.value || valueForm(pair.gold.value) === systemForm) return false;
  return (forms.get(phraseKey(pair.gold.text))?.get(systemForm) ?? 0) > 0;
}
