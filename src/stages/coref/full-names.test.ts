import { describe, expect, it } from 'vitest';
import { caseCounts } from './case-counts.js';
import type { CorefDocument, CorefMention } from './coref-types.js';
import { mergeFullNames } from './full-names.js';
import { mentionTraits } from './mention-traits.js';
import { viewMention } from './mention-words.js';
import { UnionFind } from './union-find.js';

// Fictional: one boxer and one club in two different fights, reported in two document groups.
const docs: CorefDocument[] = [
  { id: 'a', sentences: new Map([[0, 'Boxer Ivo Rask beat Lon Petrov , said the Harbour Lions gym .'.split(' ')]]) },
  { id: 'b', sentences: new Map([[0, 'A year later Ivo Rask lost to Dan Rask at the Harbour Lions hall , Rask said .'.split(' ')]]) },
];
const cases = caseCounts(docs);
const mentions: CorefMention[] = [
  { id: 'a-ivo', doc: 'a', kind: 'entity', sentence: 0, tokens: [1, 2], entityClass: 'person' },
  { id: 'a-lions', doc: 'a', kind: 'entity', sentence: 0, tokens: [9, 10], entityClass: 'organisation' },
  { id: 'b-ivo', doc: 'b', kind: 'entity', sentence: 0, tokens: [3, 4], entityClass: 'person' },
  { id: 'b-dan', doc: 'b', kind: 'entity', sentence: 0, tokens: [7, 8], entityClass: 'person' },
  { id: 'b-lions', doc: 'b', kind: 'entity', sentence: 0, tokens: [11, 12], entityClass: 'organisation' },
  { id: 'b-rask', doc: 'b', kind: 'entity', sentence: 0, tokens: [15], entityClass: 'person' },
];
const views = mentions.map((m) => viewMention(m, docs.find((d) => d.id === m.doc)));
const traits = new Map(views.map((v) => [v.mention.id, mentionTraits(v, cases)]));

describe('mergeFullNames', () => {
  const sets = new UnionFind();
  mergeFullNames(views, traits, sets);

  it('joins one full person name and one organisation name across documents', () => {
    expect(sets.find('a-ivo')).toBe(sets.find('b-ivo'));
    expect(sets.find('a-lions')).toBe(sets.find('b-lions'));
  });

  it('leaves another given name and a bare surname alone', () => {
    expect(sets.find('b-dan')).not.toBe(sets.find('b-ivo'));
    expect(sets.find('b-rask')).toBe('b-rask');
  });
});
