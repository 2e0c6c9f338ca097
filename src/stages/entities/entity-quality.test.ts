import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/model.js';
import { segmentArticle } from '../segment/index.js';
import { demonymBases } from './demonyms.js';
import { fixtureArticle } from './fixture-article.js';
import { extractMentions, resolveEntities } from './index.js';

// Every name below is invented for these tests.

function mentionsOf(text: string): Mention[] {
  const article = fixtureArticle(text);
  return extractMentions(article, segmentArticle(article));
}

function evidence(articleId: string, text: string) {
  return { articleId, mentions: mentionsOf(text) };
}

const byText = (mentions: readonly Mention[], text: string): Mention | undefined => mentions.find((m) => m.text === text);
const texts = (mentions: readonly Mention[]): string[] => mentions.map((m) => m.text);

describe('typing names that no list knows', () => {
  it('reads a dateline as places, an all-caps one included', () => {
    const first = mentionsOf('TARNBY, Eskeland, June 3 (Coastwire) — Ferries stopped running on Tuesday.');
    expect(byText(first, 'TARNBY')).toMatchObject({ key: 'tarnby', type: 'place' });
    expect(byText(first, 'Eskeland')?.type).toBe('place');
    // Six capitals would pass for an acronym; the dateline says otherwise.
    expect(byText(mentionsOf('GRELLOK — The harbour reopened on Friday.'), 'GRELLOK')?.type).toBe('place');
    // A section slug before an all-caps headline is not a dateline.
    expect(byText(mentionsOf('CYCLING - VANDREL WINS STAGE NINE\n\nVandrel won.'), 'CYCLING')).toBeUndefined();
  });

  it('uses prepositions, "the X government", "X\'s prime minister" and "-based" as place cues', () => {
    const mentions = mentionsOf(
      'The ferry sank near Oskarvik. The Eskeland government sent divers, and Brannholm’s prime minister flew to the coast. A Tarnby-based charity helped.',
    );
    expect(byText(mentions, 'Oskarvik')?.type).toBe('place');
    expect(byText(mentions, 'Eskeland')?.type).toBe('place');
    expect(byText(mentions, 'Brannholm')?.type).toBe('place');
    expect(byText(mentions, 'Tarnby')).toMatchObject({ key: 'tarnby', type: 'place' });
    expect(byText(mentionsOf('Mourners gathered at St Olave on Sunday.'), 'St Olave')?.type).toBe('place');
  });

  it('uses company cues ("said in a statement that it", "shares of")', () => {
    const mentions = mentionsOf('Pennock said in a statement that it regretted the outage. Shares of Vandrel fell. Kossel said the plan was sound.');
    expect(byText(mentions, 'Pennock')?.type).toBe('organisation');
    expect(byText(mentions, 'Vandrel')?.type).toBe('organisation');
  });

  it('takes a lone name that someone meets and that speaks for a person, as news uses surnames', () => {
    // The rules alone left "Kossel" untyped (a company can "say" too); the tagger learned from
    // newswire that such a word is far more often a person's surname.
    const lone = byText(mentionsOf('Engineers met Kossel on Monday, and Kossel said the plan was sound.'), 'Kossel');
    expect(lone).toMatchObject({ key: 'kossel', type: 'person' });
  });

  it('votes one type per entity across the corpus, weighted by evidence', () => {
    const resolution = resolveEntities([
      evidence('a1', 'MIRSKOV, Eskeland, May 2 (Coastwire) — Mirskov voted on Sunday.'),
      evidence('a2', 'Crowds gathered in Mirskov on Monday.'),
      evidence('a3', 'Talks about Mirskov stalled.'),
    ]);
    const entity = resolution.entities.find((e) => e.keys.includes('mirskov'));
    expect(entity?.type).toBe('place');
    expect(entity?.mentionCount).toBe(4);
  });
});

describe('demonyms', () => {
  it('derives place candidates by the regular suffix rules', () => {
    expect(demonymBases('eskelandian')).toContain('eskelandia');
    expect(demonymBases('brannholmers')).toContain('brannholm');
    expect(demonymBases('tarnic')).toContain('tarn');
  });

  it('folds a place adjective into a place known from an earlier batch', () => {
    const first = resolveEntities([evidence('a1', 'Talks were held in Eskelandia on Monday.')]);
    const second = resolveEntities([evidence('a2', 'Hundreds of Eskelandian farmers protested.')], first.entities);
    expect(second.keyToEntity.get('eskelandian')).toBe(first.keyToEntity.get('eskelandia'));
  });

  it('folds a place adjective into the place, within an article and across the corpus', () => {
    const inArticle = mentionsOf('Trade with Brannholm grew. Brannholmic exporters were pleased, and Brannholmers celebrated.');
    expect(byText(inArticle, 'Brannholmic')).toMatchObject({ key: 'brannholm', type: 'place' });
    expect(byText(inArticle, 'Brannholmers')?.key).toBe('brannholm');
    const resolution = resolveEntities([evidence('a1', 'Talks were held in Eskelandia on Monday.'), evidence('a2', 'Hundreds of Eskelandian farmers protested.')]);
    expect(resolution.keyToEntity.get('eskelandian')).toBe(resolution.keyToEntity.get('eskelandia'));
  });
});

describe('organisation names', () => {
  it('drops legal suffixes from keys and joins the short form used with the full name', () => {
    const mentions = mentionsOf('Brightwell Foundry Ltd. won the contract. Brightwell Foundry said it would hire. Brightwell declined to comment.');
    expect(byText(mentions, 'Brightwell Foundry Ltd')?.key).toBe('brightwell foundry');
    const resolution = resolveEntities([{ articleId: 'a1', mentions }]);
    const id = resolution.keyToEntity.get('brightwell foundry');
    expect(resolution.keyToEntity.get('brightwell')).toBe(id);
    const entity = resolution.entities.find((e) => e.id === id);
    expect(entity?.type).toBe('organisation');
    // Shown by its full name, though the short form is as frequent.
    expect(entity?.name).toMatch(/^Brightwell Foundry/);
  });

  it('does not fold a place into an organisation named after it', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Floods hit Tarnby on Monday. The Tarnby Sentinel said the river rose fast.'),
      evidence('a2', 'Shops in Tarnby reopened.'),
    ]);
    expect(resolution.keyToEntity.get('tarnby')).not.toBe(resolution.keyToEntity.get('tarnby sentinel'));
    expect(resolution.entities.find((e) => e.keys.includes('tarnby sentinel'))?.type).toBe('organisation');
  });

  it('resolves "the <head>" to the name it ends or opens in the same article', () => {
    const mentions = mentionsOf(
      'The Southern Unity Front claimed the attack. The Front has denied earlier claims. Diplomats from the Republic of Varnholt met. The Republic said little.',
    );
    expect(byText(mentions, 'Front')).toMatchObject({ key: 'southern unity front', type: 'organisation' });
    expect(byText(mentions, 'Republic')).toMatchObject({ key: 'republic of varnholt', type: 'place' });
  });

  it('does not read "the <place> …" or "the <adjective> …" as the longer name it ends', () => {
    const club = mentionsOf('Dynamo Tarnby lost 2-1 at home on Sunday. Police in Tarnby said the Tarnby stadium was closed.');
    expect(club.filter((m) => m.text === 'Tarnby').map((m) => [m.key, m.type])).toEqual([['tarnby', 'place'], ['tarnby', 'place']]);
    // A real agency and adjective: the adjective folds into its country, not into the agency.
    expect(byText(mentionsOf('Statistics Canada said on Monday that the Canadian economy grew.'), 'Canadian')?.key).toBe('canada');
  });

  it('joins "the Republic" in an article without the long form to the one republic in the corpus', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Diplomats from the Republic of Varnholt met in Tarnby.'),
      evidence('a2', 'Officials said the Republic’s government would reply.'),
    ]);
    expect(resolution.keyToEntity.get('republic')).toBe(resolution.keyToEntity.get('republic of varnholt'));
  });

  it('joins an acronym never spelled out in its article to the one organisation it abbreviates', () => {
    const resolution = resolveEntities([
      evidence('a1', 'The Southern Unity Front claimed the attack in Tarnby.'),
      evidence('a2', 'The SUF denied it.'),
    ]);
    expect(resolution.keyToEntity.get('suf')).toBe(resolution.keyToEntity.get('southern unity front'));
  });

  it('reads "Farmers’ Union", "Office for …", "Institute for …" as whole organisation names', () => {
    const mentions = mentionsOf('A leader of the Upland Farmers’ Union met the Office for Road Safety and the Tarnby Institute for Trade.');
    expect(byText(mentions, 'Upland Farmers’ Union')?.type).toBe('organisation');
    expect(byText(mentions, 'Office for Road Safety')?.type).toBe('organisation');
    expect(byText(mentions, 'Tarnby Institute for Trade')?.type).toBe('organisation');
  });

  it('types outlet names as organisations and resolves "the Sentinel" to them', () => {
    const mentions = mentionsOf('The Tarnby Sentinel first reported the leak. The Sentinel said it had seen the letter.');
    expect(byText(mentions, 'Tarnby Sentinel')?.type).toBe('organisation');
    expect(byText(mentions, 'Sentinel')?.key).toBe('tarnby sentinel');
  });
});

describe('people behind long titles', () => {
  it('strips multi-word titles down to the name', () => {
    const mentions = mentionsOf(
      'Chief Prosecutor Odile Marchetti spoke first. Data Protection Commissioner Wim Tarrant agreed. Eskeland President Ansgar Bohl left, and former head of roads Piet Halloran stayed.',
    );
    for (const name of ['Odile Marchetti', 'Wim Tarrant', 'Ansgar Bohl', 'Piet Halloran']) expect(byText(mentions, name)?.type).toBe('person');
    expect(texts(mentions).some((t) => /Prosecutor|Commissioner|President|Data Protection/.test(t))).toBe(false);
    expect(byText(mentions, 'Eskeland')?.type).toBe('place');
  });

  it('splits "<person> of <organisation>" into the two', () => {
    const mentions = mentionsOf('Yesterday Odile Marchetti of Brightwell Foundry Ltd spoke to reporters.');
    expect(byText(mentions, 'Odile Marchetti')?.type).toBe('person');
    expect(byText(mentions, 'Brightwell Foundry Ltd')?.type).toBe('organisation');
  });

  it('joins a lone surname to its person even when a misspelling of the full name exists', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Ansgar Bohlmann met Wim Tarrant in Tarnby about the ferry deal.'),
      evidence('a2', 'Ansgar Bohlmann and Wim Tarrant met in Tarnby about the ferry deal.'),
      evidence('a3', 'Ansgar Bohlman met Wim Tarrant in Tarnby about the ferry deal.'),
      evidence('a4', 'In Tarnby, President Bohlmann and Wim Tarrant discussed the ferry deal.'),
    ]);
    const id = resolution.keyToEntity.get('ansgar bohlmann');
    expect(resolution.keyToEntity.get('ansgar bohlman')).toBe(id);
    expect(resolution.keyToEntity.get('bohlmann')).toBe(id);
  });

  it('keeps three relatives with one surname apart', () => {
    const resolution = resolveEntities([
      evidence('a1', 'Ivo Castaing and Mila Castaing spoke in Tarnby.'),
      evidence('a2', 'Radu Castaing, their son, spoke in Tarnby.'),
    ]);
    const ids = ['ivo castaing', 'mila castaing', 'radu castaing'].map((k) => resolution.keyToEntity.get(k));
    expect(new Set(ids).size).toBe(3);
  });
});

describe('junk mentions', () => {
  it('drops common words capitalised by position, wire trailers, days, months and banners', () => {
    const mentions = mentionsOf(
      'FOR IMMEDIATE RELEASE\n\nOPINION\n\nDivers searched the harbour on Friday. Police said Trade talks would resume in March. Companies were told to wait.\n\nEditing by Hal Brenner',
    );
    expect(texts(mentions)).toEqual(['Hal Brenner']);
  });

  it('keeps ordinary words a writer capitalised mid-sentence, but not a bare title', () => {
    const mentions = mentionsOf('The report by Clean Water Action was read aloud, and our Prime Minister replied.');
    expect(byText(mentions, 'Clean Water Action')).toBeDefined();
    expect(texts(mentions)).not.toContain('Prime Minister');
  });

  it('keeps known names made of ordinary words, and splits all-caps headlines at ordinary words', () => {
    const mentions = mentionsOf('United States officials left.\n\nTHE WHITE HOUSE AND THE UNITED STATES SENATE AGREED ON ESKELAND TRADE.');
    expect(texts(mentions)).toEqual(['United States', 'WHITE HOUSE', 'UNITED STATES', 'SENATE', 'ESKELAND']);
  });

  it('keeps a common word that is a surname of someone named in the article', () => {
    const mentions = mentionsOf('Engineer Lisa Moss inspected the pier. Moss said it was safe.');
    expect(byText(mentions, 'Moss')?.key).toBe('lisa moss');
  });
});
