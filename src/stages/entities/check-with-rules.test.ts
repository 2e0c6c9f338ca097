import { describe, expect, it } from 'vitest';
import { checkWithRules, type MentionContext } from './check-with-rules.js';
import type { RawMention } from './type-name.js';

const mention = (start: number, text: string, type: RawMention['type'], extra: Partial<RawMention> = {}): RawMention => ({
  start, end: start + text.length, text, key: text.toLowerCase(), type,
  titled: false, known: false, sentenceInitial: false, acronym: false, weight: 1, ...extra,
});

const NEW_NAMES: MentionContext = { inCapitals: () => false, familiar: () => false, margin: () => 0 };
const KNOWN_NAMES: MentionContext = { inCapitals: () => false, familiar: () => true, margin: () => 0 };

describe('checkWithRules', () => {
  it('lets a strong cue type a name the tagger never saw, but not one it knows', () => {
    const tagged = [mention(4, 'Eskeland', 'organisation')];
    const rules = [mention(4, 'Eskeland', 'place', { known: true, weight: 3 })];
    expect(checkWithRules(tagged, rules, NEW_NAMES)[0]?.type).toBe('place');
    expect(checkWithRules(tagged, rules, KNOWN_NAMES)[0]?.type).toBe('organisation');
  });

  it('keeps the type a sure tagger gave a new name, against a strong cue', () => {
    const tagged = [mention(4, 'Tarnby Rovers', 'organisation')];
    const rules = [mention(4, 'Tarnby Rovers', 'person', { known: true, weight: 2 })];
    expect(checkWithRules(tagged, rules, { ...NEW_NAMES, margin: () => 90_000 })[0]?.type).toBe('organisation');
    expect(checkWithRules(tagged, rules, { ...NEW_NAMES, margin: () => 5_000 })[0]?.type).toBe('person');
  });

  it("takes the rules' key for the same span (a demonym folded into its place)", () => {
    const tagged = [mention(0, 'Brannholmic', 'other')];
    const rules = [mention(0, 'Brannholmic', 'place', { key: 'brannholm' })];
    expect(checkWithRules(tagged, rules, KNOWN_NAMES)[0]).toMatchObject({ key: 'brannholm', type: 'other' });
  });

  it('replaces what the tagger made of a listed alias', () => {
    const tagged = [mention(4, 'Islamic', 'other')];
    const rules = [mention(4, 'Islamic State', 'organisation')];
    expect(checkWithRules(tagged, rules, KNOWN_NAMES).map((m) => m.text)).toEqual(['Islamic State']);
  });

  it('keeps a longer tagged name that holds a listed alias', () => {
    const tagged = [mention(0, 'Islamic State Review', 'other')];
    const rules = [mention(0, 'Islamic State', 'organisation')];
    expect(checkWithRules(tagged, rules, KNOWN_NAMES).map((m) => m.text)).toEqual(['Islamic State Review']);
  });

  it('adds a missed name that a list supports or that the tagger found elsewhere, and nothing else', () => {
    const tagged = [mention(0, 'Mirskov', 'place')];
    const rules = [
      mention(0, 'Mirskov', 'place'),
      mention(20, 'Mirskov', 'other', { key: 'mirskov' }),
      mention(40, 'Ostrand', 'place', { known: true, weight: 3 }),
      mention(60, 'Critics', 'other'),
    ];
    const out = checkWithRules(tagged, rules, KNOWN_NAMES);
    expect(out.map((m) => [m.start, m.type])).toEqual([[0, 'place'], [20, 'place'], [40, 'place']]);
  });

  it('adds an unfamiliar name from a headline in capitals', () => {
    const rules = [mention(30, 'ESKELAND', 'other')];
    expect(checkWithRules([], rules, { inCapitals: () => true, familiar: () => false, margin: () => 0 })).toHaveLength(1);
    expect(checkWithRules([], rules, { inCapitals: () => true, familiar: () => true, margin: () => 0 })).toHaveLength(0);
    // Unless the tagger was sure the word is in no name.
    expect(checkWithRules([], rules, { inCapitals: () => true, familiar: () => false, margin: () => 90_000 })).toHaveLength(0);
  });
});
