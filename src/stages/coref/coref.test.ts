import { describe, expect, it } from 'vitest';
import type { CorefDocument, CorefMention } from './coref-types.js';
import { clusterDocuments } from './cluster-documents.js';
import { headIndex, lemmaOf } from './head-lemma.js';
import { resolveCoref } from './resolve-coref.js';
import { sameHeadLemma } from './same-head-lemma.js';
import { UnionFind } from './union-find.js';

// Fictional news: a ferry sinking in Port Alvar and a bakery fire in Dunmere.
const doc = (id: string, ...sentences: string[]): CorefDocument => ({ id, sentences: new Map(sentences.map((s, i) => [i, s.split(' ')])) });
const docs = [
  doc('a', 'Captain Ines Varo said the ferry Marisol sank off Port Alvar on Monday .', 'She said the crew escaped .'),
  doc('b', 'The ferry Marisol went down near Port Alvar , captain Ines Varo told reporters .', 'Varo praised the crew .'),
  doc('c', 'A fire destroyed the Dunmere bakery of Olek Strand on Sunday .', 'Strand said the blaze began at night .'),
];
const mention = (id: string, d: string, sentence: number, tokens: number[], kind: 'event' | 'entity', entityClass?: CorefMention['entityClass']): CorefMention =>
  ({ id, doc: d, sentence, tokens, kind, ...(entityClass ? { entityClass } : {}) });
const mentions: CorefMention[] = [
  mention('a1', 'a', 0, [1, 2], 'entity', 'person'), // Ines Varo
  mention('a2', 'a', 0, [5, 6], 'entity', 'thing'), // ferry Marisol
  mention('a3', 'a', 0, [7], 'event'), // sank
  mention('a4', 'a', 0, [11, 12], 'entity', 'time'), // on Monday
  mention('a5', 'a', 1, [0], 'entity', 'person'), // She
  mention('b1', 'b', 0, [1, 2], 'entity', 'thing'), // ferry Marisol
  mention('b2', 'b', 0, [3, 4], 'event'), // went down
  mention('b3', 'b', 0, [10, 11], 'entity', 'person'), // Ines Varo
  mention('b4', 'b', 1, [0], 'entity', 'person'), // Varo
  mention('c1', 'c', 0, [1], 'event'), // fire
  mention('c2', 'c', 1, [3], 'event'), // blaze
  mention('c3', 'c', 0, [7, 8], 'entity', 'person'), // Olek Strand
];

describe('heads and lemmas', () => {
  it('finds the head of noun phrases and triggers', () => {
    expect(headIndex(['the', 'mayor', 'of', 'Alvar'], 'entity')).toBe(1);
    expect(headIndex(['on', 'Monday'], 'entity')).toBe(1);
    expect(headIndex(["Alvar", "'s", 'new', 'harbour', 'master'], 'entity')).toBe(4);
    expect(headIndex(['was', 'arrested'], 'event')).toBe(1);
  });

  it('folds inflections and irregular forms', () => {
    expect(['sank', 'sinks', 'sinking'].map(lemmaOf)).toEqual([lemmaOf('sink'), lemmaOf('sink'), lemmaOf('sink')]);
    expect(lemmaOf('told')).toBe('tell');
    expect(lemmaOf('Varo’s')).toBe(lemmaOf('varo'));
  });
});

describe('clusterDocuments', () => {
  it('puts the two ferry reports together and the bakery fire apart', () => {
    const groups = clusterDocuments(docs);
    expect(groups.get('a')).toBe(groups.get('b'));
    expect(groups.get('c')).not.toBe(groups.get('a'));
  });
});

describe('resolveCoref', () => {
  const clusters = resolveCoref(docs, mentions);
  const same = (x: string, y: string): boolean => clusters.get(x) === clusters.get(y);

  it('links a pronoun to its antecedent and names across documents', () => {
    expect(same('a1', 'a5')).toBe(true);
    expect(same('a1', 'b3')).toBe(true);
    expect(same('b3', 'b4')).toBe(true);
  });

  it('merges events by synonym within a document group, never across groups', () => {
    expect(same('c1', 'c2')).toBe(true); // fire ~ blaze
    expect(same('a3', 'c1')).toBe(false);
  });

  it('keeps different people apart', () => {
    expect(same('a1', 'c3')).toBe(false);
    expect(clusters.size).toBe(mentions.length);
  });

  it('is deterministic and independent of mention order', () => {
    const reversed = resolveCoref(docs, [...mentions].reverse());
    const partition = (c: ReadonlyMap<string, string>): string[][] => {
      const sets = new UnionFind();
      for (const [m, cluster] of c) sets.union(m, `cluster:${cluster}`);
      return sets.groups(c.keys());
    };
    expect(partition(reversed)).toEqual(partition(clusters));
  });
});

describe('sameHeadLemma', () => {
  it('clusters by kind, group and head lemma only', () => {
    const clusters = sameHeadLemma(docs, mentions, new Map([['a', 'g'], ['b', 'g'], ['c', 'h']]));
    expect(clusters.get('a2')).toBe(clusters.get('b1'));
    expect(clusters.get('a1')).toBe(clusters.get('b3'));
    expect(clusters.get('a1')).not.toBe(clusters.get('a5'));
  });
});

describe('descriptions join the name chain they title', () => {
  // Fictional: a brother and a sister share a surname; "the sister" is Ada, not Piet (whose
  // mention id sorts first, so keying titles by surname alone would pick him).
  const family = [
    doc('f1', 'Piet Brandt , 31 , was charged after his sister Ada Brandt vanished .'),
    doc('f2', 'Police in Veldhoven said the sister had not been seen since May .', 'Piet Brandt denied the charge .'),
  ];
  const fm: CorefMention[] = [
    mention('brother', 'f1', 0, [0, 1], 'entity', 'person'),
    mention('x-ada', 'f1', 0, [10, 11], 'entity', 'person'),
    mention('sister', 'f2', 0, [4, 5], 'entity', 'person'),
    mention('piet2', 'f2', 1, [0, 1], 'entity', 'person'),
  ];
  const c = resolveCoref(family, fm, { groupOf: new Map([['f1', 'g'], ['f2', 'g']]) });

  it('links "the sister" to Ada Brandt and keeps Piet Brandt apart', () => {
    expect(c.get('sister')).toBe(c.get('x-ada'));
    expect(c.get('brother')).toBe(c.get('piet2'));
    expect(c.get('brother')).not.toBe(c.get('x-ada'));
  });
});
