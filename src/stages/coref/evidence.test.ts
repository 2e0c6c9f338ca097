import { describe, expect, it } from 'vitest';
import { acronymKey } from './acronyms.js';
import type { CorefDocument, CorefMention } from './coref-types.js';
import { lemmaOf } from './head-lemma.js';
import { viewMention } from './mention-words.js';
import { matchLemma } from './synonyms.js';
import { collectTitles, nameForDescription } from './title-evidence.js';
import { isPronoun, withinDocumentEntities } from './within-document.js';
import { UnionFind } from './union-find.js';

const doc: CorefDocument = {
  id: 'd',
  sentences: new Map([
    [0, 'Singer Noa Pell joined the Coastal Relief Fund , the charity said .'.split(' ')],
    [1, 'The singer said she was proud of CRF .'.split(' ')],
  ]),
};
const view = (id: string, sentence: number, tokens: number[], entityClass: CorefMention['entityClass']) =>
  viewMention({ id, doc: 'd', kind: 'entity', sentence, tokens, ...(entityClass ? { entityClass } : {}) }, doc);

describe('acronymKey', () => {
  it('spells multi-word names and reads all-capital words', () => {
    expect(acronymKey(view('fund', 0, [5, 6, 7], 'organisation'))).toBe('crf');
    expect(acronymKey(view('crf', 1, [7], 'organisation'))).toBe('crf');
    expect(acronymKey(view('singer', 1, [1], 'person'))).toBeUndefined();
  });
});

describe('title evidence', () => {
  it('points a description at the name it premodifies elsewhere', () => {
    const pell = view('pell', 0, [1, 2], 'person');
    const titles = collectTitles([pell], new Map([['d', doc]]));
    expect(nameForDescription(view('the singer', 1, [0, 1], 'person'), titles, 1)).toBe(pell.headLemma);
    expect(nameForDescription(view('the charity', 0, [9, 10], 'organisation'), titles, 1)).toBeUndefined();
  });
});

describe('synonym groups', () => {
  it('fold words of one group together and leave others alone', () => {
    const key = (word: string, kind: 'event' | 'entity'): string => matchLemma(lemmaOf(word), kind);
    expect(key('blazes', 'event')).toBe(key('fire', 'event'));
    expect(key('sacked', 'event')).not.toBe(key('fire', 'event'));
    expect(key('clinic', 'entity')).toBe(key('facilities', 'entity'));
    expect(key('beat', 'event')).toBe(key('won', 'event'));
    expect(key('teenager', 'entity')).toBe(key('boy', 'entity'));
    expect(key('teenager', 'entity')).not.toBe(key('man', 'entity'));
  });
});

describe('withinDocumentEntities', () => {
  it('resolves a pronoun to the subject of the closest earlier sentence with a person', () => {
    const views = [view('pell', 0, [1, 2], 'person'), view('singer', 1, [0, 1], 'person'), view('she', 1, [3], 'person')];
    expect(isPronoun(views[2] ?? views[0]!)).toBe(true);
    const sets = new UnionFind();
    withinDocumentEntities(views, sets);
    // "she" takes the leftmost person of its own sentence ("The singer"), the subject.
    expect(sets.find('she')).toBe(sets.find('singer'));
  });
});
