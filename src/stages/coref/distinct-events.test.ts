import { describe, expect, it } from 'vitest';
import { clusterDocuments, DOCUMENT_LINK_THRESHOLD } from './cluster-documents.js';
import type { CorefDocument } from './coref-types.js';
import { cosine, particulars, tfidfVectors } from './document-vectors.js';
import { distinctEvents } from './distinct-events.js';

const set = (...xs: string[]): ReadonlySet<string> => new Set(xs);

describe('particulars', () => {
  it('collects names inside sentences and numbers, not sentence-initial words', () => {
    const doc: CorefDocument = { id: 'd', sentences: new Map([[0, 'Floods hit Varna province , killing 12 in 2031 .'.split(' ')]]) };
    expect([...particulars(doc)].sort()).toEqual(['12', '2031', 'varna']);
  });
});

describe('distinctEvents', () => {
  const quakeA = Array.from({ length: 5 }, () => set('ostrava', '6.1'));
  const quakeB = Array.from({ length: 5 }, () => set('lenne', '5.4'));
  it('keeps apart groups that each have a particular the other never mentions', () => {
    expect(distinctEvents(quakeA, quakeB)).toBe(true);
  });

  it('joins a group whose particulars the other shares, and never judges small groups', () => {
    expect(distinctEvents(quakeA, [...quakeA.slice(0, 4), set('ostrava')])).toBe(false);
    expect(distinctEvents(quakeA.slice(0, 2), quakeB.slice(0, 2))).toBe(false);
  });
});

describe('clusterDocuments with distinct events', () => {
  // Fictional: two earthquakes of one kind, five reports each, sharing every common word.
  const report = (id: string, town: string, magnitude: string): CorefDocument => ({
    id,
    sentences: new Map([
      [0, `An earthquake of magnitude ${magnitude} struck near ${town} , damaging buildings , bridges and roads .`.split(' ')],
      [1, 'Rescuers searched the rubble after the earthquake as aftershocks shook collapsed homes .'.split(' ')],
    ]),
  });
  const other = (id: string, text: string): CorefDocument => ({ id, sentences: new Map([[0, text.split(' ')]]) });
  const docs = [
    ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => report(id, 'Ostrava', '6.1')),
    ...['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => report(id, 'Lenne', '5.4')),
    // Other news, so that the earthquake words are rarer than the whole collection.
    ...Array.from({ length: 10 }, (_, i) => other(`c${i}`, 'The council approved a new budget for schools .')),
    ...Array.from({ length: 10 }, (_, i) => other(`d${i}`, 'A cyclist won the mountain stage in thick fog .')),
  ];

  it('would join the two earthquakes on their words alone', () => {
    const vectors = tfidfVectors(docs);
    expect(cosine(vectors[0] ?? new Map(), vectors[5] ?? new Map())).toBeGreaterThan(DOCUMENT_LINK_THRESHOLD);
  });

  it('groups the reports of each earthquake and keeps the two earthquakes apart', () => {
    const groups = clusterDocuments(docs);
    expect(new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => groups.get(id))).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => groups.get(id))).size).toBe(1);
    expect(groups.get('a1')).not.toBe(groups.get('b1'));
  });
});
