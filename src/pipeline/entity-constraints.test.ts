import { describe, expect, it } from 'vitest';
import type { Mention } from '../core/model.js';
import { resolveEntities, type EntityEvidence } from '../stages/entities/index.js';
import { entityConstraints } from './entity-constraints.js';

const mention = (text: string, key: string, type: Mention['type'] = 'person'): Mention => ({ start: 0, end: text.length, text, type, key, name: text });
const article = (id: string, ...mentions: Mention[]): EntityEvidence => ({ articleId: id, mentions, contextTerms: ['levee', 'flood'] });

describe('entityConstraints', () => {
  it('turns aliases and merges into same-as pairs of canonical keys', () => {
    const c = entityConstraints([
      { op: 'alias', entity: 'Tarn Valley Water Authority', alias: 'T.V.W.A.' },
      { op: 'merge', entity: 'Oskar Vellinger', other: 'Oskar Velinger’s' },
    ]);
    expect(c.sameAs).toEqual([['tarn valley water authority', 'tvwa'], ['oskar vellinger', 'oskar velinger']]);
    expect([...c.apart]).toEqual([]);
  });

  it('drops an alias the built-in alias table already folds ("Daesh" is "Islamic State")', () => {
    expect(entityConstraints([{ op: 'alias', entity: 'Islamic State', alias: 'Daesh' }]).sameAs).toEqual([]);
  });

  it('lets a later split cancel an earlier merge of the same name', () => {
    const c = entityConstraints([
      { op: 'merge', entity: 'Paris', other: 'Paris Hilton' },
      { op: 'split', entity: 'Paris', alias: 'Paris Hilton' },
    ]);
    expect(c.sameAs).toEqual([]);
    expect([...c.apart]).toEqual(['paris hilton']);
  });
});

describe('resolveEntities under constraints', () => {
  const evidence = [
    article('a1', mention('Oskar Vellinger', 'oskar vellinger'), mention('Tarn Authority', 'tarn authority', 'organisation')),
    article('a2', mention('Oskar Velinger', 'oskar velinger'), mention('Tarn Authority', 'tarn authority', 'organisation')),
    article('a3', mention('Oskar Vellinger', 'oskar vellinger'), mention('TVA', 'tva', 'organisation')),
  ];
  const entityOf = (entities: ReturnType<typeof resolveEntities>, key: string) => entities.keyToEntity.get(key);

  it('merges two names the rules keep apart when the user says they are one', () => {
    const plain = resolveEntities(evidence);
    expect(entityOf(plain, 'tva')).not.toBe(entityOf(plain, 'tarn authority'));
    const edited = resolveEntities(evidence, [], entityConstraints([{ op: 'alias', entity: 'Tarn Authority', alias: 'TVA' }]));
    expect(entityOf(edited, 'tva')).toBe(entityOf(edited, 'tarn authority'));
  });

  it('keeps a split name alone even when the near-miss rule would fold it', () => {
    const plain = resolveEntities(evidence);
    expect(entityOf(plain, 'oskar velinger')).toBe(entityOf(plain, 'oskar vellinger'));
    const edited = resolveEntities(evidence, [], entityConstraints([{ op: 'split', entity: 'Oskar Vellinger', alias: 'Oskar Velinger' }]));
    expect(entityOf(edited, 'oskar velinger')).not.toBe(entityOf(edited, 'oskar vellinger'));
  });

  it('makes no entity for an alias nobody mentioned', () => {
    const edited = resolveEntities(evidence, [], entityConstraints([{ op: 'alias', entity: 'Oskar Vellinger', alias: 'The Mayor of Brennick' }]));
    expect(edited.keyToEntity.has('the mayor of brennick')).toBe(false);
    expect(edited.entities).toHaveLength(resolveEntities(evidence).entities.length);
  });
});
