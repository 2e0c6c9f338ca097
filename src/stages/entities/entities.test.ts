import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/model.js';
import { segmentArticle } from '../segment/index.js';
import { fixtureArticle } from './fixture-article.js';
import { extractMentions, resolveEntities } from './index.js';

function mentionsOf(text: string): Mention[] {
  const article = fixtureArticle(text);
  return extractMentions(article, segmentArticle(article));
}

const keys = (mentions: readonly Mention[]): string[] => mentions.map((m) => m.key);
const byText = (mentions: readonly Mention[], text: string): Mention | undefined => mentions.find((m) => m.text === text);

describe('extractMentions', () => {
  it('strips titles and resolves surnames and possessives to the full name', () => {
    const mentions = mentionsOf(
      'President Donald Trump spoke in Harlow on Monday.\n\nPresident Trump later left. Mr. Trump’s aides stayed, and Trump said nothing.',
    );
    const trumps = mentions.filter((m) => m.text.includes('Trump'));
    expect(trumps.map((m) => m.text)).toEqual(['Donald Trump', 'Trump', 'Trump', 'Trump']);
    expect(new Set(trumps.map((m) => m.key))).toEqual(new Set(['donald trump']));
    expect(trumps.every((m) => m.type === 'person' && m.name === 'Donald Trump')).toBe(true);
  });

  it('folds ISIS, ISIL, Daesh and Islamic State into one key', () => {
    const mentions = mentionsOf(
      'ISIS fighters left the town. Officials said ISIL had regrouped. Locals call the group Daesh. The Islamic State denied it.',
    );
    const group = mentions.filter((m) => ['ISIS', 'ISIL', 'Daesh', 'Islamic State'].includes(m.text));
    expect(group).toHaveLength(4);
    expect(new Set(keys(group))).toEqual(new Set(['islamic state']));
  });

  it('folds U.S. and America, keeps the Kremlin as its own organisation and maps demonyms to countries', () => {
    const mentions = mentionsOf('U.S. envoys met Russian officials. The Kremlin said America had been warned.');
    expect(byText(mentions, 'U.S.')?.key).toBe('united states');
    expect(byText(mentions, 'America')?.key).toBe('united states');
    expect(byText(mentions, 'Russian')).toMatchObject({ key: 'russia', type: 'place' });
    expect(byText(mentions, 'Kremlin')).toMatchObject({ key: 'kremlin', type: 'organisation' });
  });

  it('resolves an acronym to the name spelled out in the same article', () => {
    const mentions = mentionsOf('The Northland Water Authority (NWA) raised prices. The NWA blamed the drought.');
    const acronyms = mentions.filter((m) => m.text === 'NWA');
    expect(acronyms).toHaveLength(2);
    expect(acronyms.every((m) => m.key === 'northland water authority' && m.type === 'organisation')).toBe(true);
  });

  it('splits a title out of a longer name and types people, places and organisations', () => {
    const mentions = mentionsOf('U.S. Secretary of State Rex Tillerson met bankers from Acme Holdings at Kennedy Airport in Ohio.');
    expect(byText(mentions, 'Rex Tillerson')?.type).toBe('person');
    expect(byText(mentions, 'Acme Holdings')?.type).toBe('organisation');
    expect(byText(mentions, 'Kennedy Airport')?.type).toBe('place');
    expect(byText(mentions, 'Ohio')?.type).toBe('place');
    expect(mentions.some((m) => m.text.includes('Secretary'))).toBe(false);
  });

  it('does not take common sentence-initial words for names', () => {
    const mentions = mentionsOf('Officials met on Tuesday. Critics were unconvinced. However, Maria Vance stayed.');
    expect(keys(mentions)).toEqual(['maria vance']);
  });

  it('gives an ambiguous surname scored candidates, the nearest preceding name first', () => {
    const mentions = mentionsOf('John Smith and Jane Smith both ran for mayor. Later, Jane Smith won. Smith thanked voters.');
    const lone = mentions[mentions.length - 1];
    expect(lone?.text).toBe('Smith');
    expect(lone?.key).toBe('jane smith');
    expect(lone?.candidates?.map((c) => c.key)).toEqual(['jane smith', 'john smith']);
  });

  it('skips boilerplate blocks', () => {
    const article = fixtureArticle('Maria Vance won.\n\nFollow Harlow Daily News on social media.', { boilerplate: [1] });
    expect(keys(extractMentions(article, segmentArticle(article)))).toEqual(['maria vance']);
  });
});

function evidence(articleId: string, text: string) {
  const article = fixtureArticle(text);
  return { articleId, mentions: extractMentions(article, segmentArticle(article)) };
}

describe('resolveEntities', () => {
  it('merges a near-miss spelling across articles when the context agrees, the frequent spelling wins', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Rex Tillerson met Olaf Brandt in Berlin. Tillerson spoke about NATO.'),
      evidence('a2', 'Rex Tillerson and Olaf Brandt discussed NATO in Berlin.'),
      evidence('a3', 'Rex Tillson visited Berlin, where Olaf Brandt praised NATO.'),
    ]);
    const id = resolution.keyToEntity.get('rex tillerson');
    expect(id).toBeDefined();
    expect(resolution.keyToEntity.get('rex tillson')).toBe(id);
    const entity = resolution.entities.find((e) => e.id === id);
    expect(entity).toMatchObject({ name: 'Rex Tillerson', type: 'person', articleCount: 3, mentionCount: 4 });
    expect(entity?.aliases).toContain('Rex Tillson');
  });

  it('does not merge a near-miss spelling without shared context', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Rex Tillerson met Olaf Brandt in Berlin about NATO.'),
      evidence('a2', 'Rex Tillson opened a bakery in Harlow with Maria Vance.'),
    ]);
    expect(resolution.keyToEntity.get('rex tillson')).not.toBe(resolution.keyToEntity.get('rex tillerson'));
  });

  it('never merges two full names that only share a surname', () => {
    const resolution = resolveEntities([
      evidence('a1', 'John Smith met Olaf Brandt in Berlin about NATO.'),
      evidence('a2', 'Jane Smith met Olaf Brandt in Berlin about NATO.'),
      evidence('a3', 'Joan Smith met Olaf Brandt in Berlin about NATO.'),
    ]);
    const ids = ['john smith', 'jane smith', 'joan smith'].map((k) => resolution.keyToEntity.get(k));
    expect(new Set(ids).size).toBe(3);
  });

  it('joins a lone surname and a middle-initial form to the one person they fit', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Maria Vance met Olaf Brandt in Berlin about NATO.'),
      evidence('a2', 'President Vance met Olaf Brandt in Berlin about NATO.'),
      evidence('a3', 'Maria T. Vance met Olaf Brandt in Berlin about NATO.'),
    ]);
    const id = resolution.keyToEntity.get('maria vance');
    expect(resolution.keyToEntity.get('vance')).toBe(id);
    expect(resolution.keyToEntity.get('maria t vance')).toBe(id);
  });

  it('keeps apart names told apart by one word or by different initials', () => {
    const resolution = resolveEntities([
      evidence('a1', 'George W. Dale spoke in North Harlow County with Olaf Brandt about NATO.'),
      evidence('a2', 'George P. Dale spoke in South Harlow County with Olaf Brandt about NATO.'),
      evidence('a3', 'George Dale spoke with Olaf Brandt about NATO.'),
    ]);
    const get = (key: string) => resolution.keyToEntity.get(key);
    expect(get('george w dale')).not.toBe(get('george p dale'));
    expect(get('north harlow county')).not.toBe(get('south harlow county'));
  });

  it('keeps the ids of previous entities and adds their counts', () => {
    const first = resolveEntities([evidence('a1', 'Maria Vance visited Harlow.')]);
    const vance = first.entities.find((e) => e.name === 'Maria Vance');
    expect(vance?.id).toMatch(/^e_[0-9a-f]{16}$/);
    const second = resolveEntities([evidence('a2', 'Maria Vance returned to Harlow.')], first.entities);
    expect(second.keyToEntity.get('maria vance')).toBe(vance?.id);
    expect(second.entities.find((e) => e.id === vance?.id)).toMatchObject({ mentionCount: 2, articleCount: 2 });
  });

  it('reports what a batch changed: untouched entities pass through as stored, merged ones are removed', () => {
    const first = resolveEntities([evidence('a1', 'Maria Vance visited Harlow. Olaf Brandt stayed in Berlin.')]);
    const brandt = first.entities.find((e) => e.name === 'Olaf Brandt');
    const second = resolveEntities([evidence('a2', 'Maria Vance returned to Harlow.')], first.entities);
    expect(second.entities.find((e) => e.name === 'Olaf Brandt')).toBe(brandt);
    expect(second.changed.map((e) => e.name).sort()).toEqual(['Harlow', 'Maria Vance']);
    expect(second.removed).toEqual([]);
    // Two earlier entities the user declares one: the survivor is rewritten, the other removed.
    const merged = resolveEntities([evidence('a3', 'Olaf Brandt met Maria Vance.')], second.entities, { sameAs: [['olaf brandt', 'maria vance']], apart: new Set() });
    const survivor = merged.keyToEntity.get('maria vance');
    expect(merged.keyToEntity.get('olaf brandt')).toBe(survivor);
    expect(merged.changed.map((e) => e.id)).toEqual([survivor]);
    expect(merged.removed).toHaveLength(1);
    expect(merged.removed).not.toContain(survivor);
  });

  it('is deterministic whatever the input order', () => {
    const inputs = [evidence('a1', 'Maria Vance visited Harlow.'), evidence('a2', 'Olaf Brandt visited Harlow.')];
    expect(resolveEntities([...inputs].reverse())).toEqual(resolveEntities(inputs));
  });
});
