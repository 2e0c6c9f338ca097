import { describe, expect, it } from 'vitest';
import { caseCounts } from './case-counts.js';
import { ConstrainedSets, namesAgree } from './constrained-sets.js';
import type { CorefDocument, CorefMention } from './coref-types.js';
import { mergeByKeys } from './merge-by-key.js';
import { viewMention } from './mention-words.js';
import { mentionTraits } from './mention-traits.js';
import { quantities } from './quantity.js';
import { timeTraits } from './time-traits.js';
import { withinDocumentEntities } from './within-document.js';

// Fictional: two relatives at a lighthouse, and two boxers.
const doc: CorefDocument = {
  id: 'd',
  sentences: new Map([
    [0, 'Keeper Ilse Marrow and her brother Tomas Marrow found the boat on Tuesday , July 3 , 2031 .'.split(' ')],
    [1, 'The boxer Rafe Odum beat Cal Brenner ; the keepers said the fight lasted hours .'.split(' ')],
    [2, 'Mom said the marrow soup was cold and she felt tired .'.split(' ')],
  ]),
};
const cases = caseCounts([doc]);
const mention = (id: string, sentence: number, tokens: number[], entityClass: CorefMention['entityClass']): CorefMention => ({ id, doc: 'd', kind: 'entity', sentence, tokens, ...(entityClass ? { entityClass } : {}) });
const traits = (m: CorefMention) => mentionTraits(viewMention(m, doc), cases);

describe('caseCounts', () => {
  it('counts capitalised uses inside sentences apart from lower-case ones', () => {
    // "Marrow" twice capitalised, once lower case; "Mom" only sentence-initial.
    expect(cases.get('marrow')).toEqual({ upper: 2, lower: 1 });
    expect(cases.get('mom')).toBeUndefined();
  });
});

describe('mentionTraits', () => {
  it('reads a person name with its given-name initials, gender and number', () => {
    expect(traits(mention('ilse', 0, [1, 2], 'person'))).toMatchObject({ name: { surname: 'marrow', initials: ['i'] }, number: 'singular' });
    expect(traits(mention('brother', 0, [4, 5, 6, 7], 'person'))).toMatchObject({ name: { surname: 'marrow', initials: ['t'] } });
    expect(traits(mention('her', 0, [4], 'person'))).toEqual({ gender: 'female', number: 'singular' });
    expect(traits(mention('keepers', 1, [8, 9], 'person'))).toEqual({ number: 'plural' });
  });

  it('gives kinship roles and calendar values', () => {
    expect(traits(mention('bro', 0, [5], 'person'))).toMatchObject({ kin: 'brother', gender: 'male' });
    expect(traits(mention('date', 0, [11, 12, 13, 14, 15, 16, 17], 'time')).time).toEqual({ weekday: 'tuesday', month: '7', year: '2031', shape: 'point' });
    expect(traits(mention('hours', 1, [14], 'time')).time).toEqual({ shape: 'span' });
  });
});

describe('quantities', () => {
  it('reads digits and number words, so "20 points" and "2,290 points" differ', () => {
    expect(quantities(['two', 'defenders'])).toEqual(['2']);
    expect(quantities(['2,290', 'points'])).toEqual(['2290']);
    expect(quantities(['the', '3.5', 'magnitude'])).toEqual(['3.5']);
    expect(quantities(['tenth', 'point'])).toEqual([]);
  });
});

describe('namesAgree', () => {
  const name = (surname: string, given: string[]) => ({ surname, given, initials: given.map((g) => g[0] ?? '') });
  it('needs one surname and, when both give them, a shared initial', () => {
    expect(namesAgree(name('marrow', ['ilse']), name('marrow', []))).toBe(true);
    expect(namesAgree(name('marrow', ['ilse']), name('marrow', ['tomas']))).toBe(false);
    expect(namesAgree(name('odum', []), name('brenner', []))).toBe(false);
    // A lone first name is the given name of the full one.
    expect(namesAgree(name('ilse', []), name('marrow', ['ilse']))).toBe(true);
  });
});

describe('ConstrainedSets', () => {
  const ms = [
    mention('ilse', 0, [1, 2], 'person'), mention('tomas', 0, [6, 7], 'person'), mention('her', 0, [4], 'person'),
    mention('odum', 1, [2, 3], 'person'), mention('brenner', 1, [5, 6], 'person'), mention('keepers', 1, [8, 9], 'person'),
  ];
  const fresh = () => new ConstrainedSets(new Map(ms.map((m) => [m.id, traits(m)])));

  it('refuses to merge two named people, even through a description', () => {
    const sets = fresh();
    expect(sets.union('odum', 'brenner')).toBe(false);
    expect(sets.union('ilse', 'tomas')).toBe(false);
    expect(sets.find('odum')).not.toBe(sets.find('brenner'));
  });

  it('refuses a plural chain for one person but takes a compatible pronoun', () => {
    const sets = fresh();
    expect(sets.union('ilse', 'keepers')).toBe(false);
    expect(sets.union('ilse', 'her')).toBe(true);
    expect(sets.canUnion('her', 'tomas')).toBe(false);
  });

  it('lets a key merge skip a contradicting chain and join the next that agrees', () => {
    const sets = fresh();
    // All share one key; "tomas" cannot join "ilse" and starts its own chain, which nothing else joins.
    mergeByKeys(['ilse', 'tomas', 'her'], (id) => id, () => ['k'], sets);
    expect(sets.find('her')).toBe(sets.find('ilse'));
    expect(sets.find('tomas')).not.toBe(sets.find('ilse'));
  });
});

describe('timeTraits', () => {
  it('reads months only when capitalised', () => {
    const t = (words: string) => timeTraits(viewMention({ id: 't', doc: 'x', kind: 'entity', sentence: 0, tokens: words.split(' ').map((_, i) => i), entityClass: 'time' }, { id: 'x', sentences: new Map([[0, words.split(' ')]]) }));
    expect(t('in May 1999')).toEqual({ month: '5', year: '1999', shape: 'point' });
    expect(t('the 1950s')).toEqual({ year: '1950s', shape: 'span' });
    expect(t('yesterday')).toEqual({ shape: 'point' });
    expect(t('last season')).toEqual({ which: 'last', shape: 'span' });
  });
});

describe('pronouns under agreement', () => {
  // Fictional: "A friend of the actress said she would return ; the actress thanked herself ."
  const d: CorefDocument = { id: 'p', sentences: new Map([[0, 'A friend of the actress said she would return .'.split(' ')], [1, 'The publicist said Mira Vell checked herself out .'.split(' ')]]) };
  const m = (id: string, sentence: number, tokens: number[]): CorefMention => ({ id, doc: 'p', kind: 'entity', sentence, tokens, entityClass: 'person' });
  const ms = [m('friend', 0, [0, 1]), m('actress', 0, [3, 4]), m('she', 0, [6]), m('publicist', 1, [0, 1]), m('vell', 1, [3, 4]), m('herself', 1, [6])];
  const views = ms.map((x) => viewMention(x, d));
  const counts = caseCounts([d]);
  const sets = new ConstrainedSets(new Map(views.map((v) => [v.mention.id, mentionTraits(v, counts)])));
  withinDocumentEntities(views, sets);

  it('prefers the candidate of the same gender over the leftmost one', () => {
    expect(sets.find('she')).toBe(sets.find('actress'));
    expect(sets.find('she')).not.toBe(sets.find('friend'));
  });

  it('binds a reflexive to the nearest phrase before it', () => {
    expect(sets.find('herself')).toBe(sets.find('vell'));
  });
});
