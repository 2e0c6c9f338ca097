import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/model.js';
import { extractMentions } from '../entities/index.js';
import { fixtureArticle } from '../entities/fixture-article.js';
import { segmentArticle } from '../segment/index.js';
import { ATTITUDE_VERBS } from './attitude-verbs.js';
import { findCues } from './find-cues.js';
import { ruleQuotes } from './rule-quotes.js';
import { objectClause } from './object-clause.js';
import { splitBeforeQuotes } from './split-before-quotes.js';

interface Shown { content: string; cue: string | null; speaker: string | null; speakerName: string | null; kind: string; anonymous: boolean }

function quotesOf(text: string): Shown[] {
  const article = fixtureArticle(text);
  const sentences = segmentArticle(article);
  const show = (span: Quote['cue']): string | null => (span ? text.slice(span.start, span.end) : null);
  return ruleQuotes(article, sentences, extractMentions(article, sentences)).map((q) => ({
    content: text.slice(q.content.start, q.content.end), cue: show(q.cue), speaker: show(q.speaker),
    speakerName: q.speakerName, kind: q.kind, anonymous: q.anonymous,
  }));
}

describe('attitude verbs', () => {
  it('inflects regular and irregular verbs and keeps particles', () => {
    expect(ATTITUDE_VERBS.get('criticizes')?.lemma).toBe('criticize');
    expect(ATTITUDE_VERBS.get('sought')?.lemma).toBe('seek');
    expect(ATTITUDE_VERBS.get('decried')?.lemma).toBe('decry');
    expect(ATTITUDE_VERBS.get('slammed')?.lemma).toBe('slam');
    expect(ATTITUDE_VERBS.get('pointed')).toMatchObject({ particles: ['to', 'out'], needsParticle: true });
  });

  it('finds attitude cues only when asked, with their particle, and not capitalised words', () => {
    const text = 'Mayor Ruiz pointed out the cost and called for a vote. Criticized widely, it stood.';
    expect(findCues(text, { start: 0, end: text.length }).map((c) => c.word)).toEqual([]);
    const cues = findCues(text, { start: 0, end: text.length }, { attitude: true });
    expect(cues.map((c) => text.slice(c.start, c.end))).toEqual(['pointed out', 'called for']);
    expect(cues.every((c) => c.kind === 'attitude')).toBe(true);
  });
});

describe('objectClause', () => {
  it('ends the object at a coordinated verb, keeps a stop inside quotes, and refuses an adjunct', () => {
    const a = 'Hale criticized the toll plan and praised the ferry.';
    expect(objectClause(a, a.indexOf(' the toll'), a.length)).toEqual({ start: a.indexOf('the toll'), end: a.indexOf(' and') });
    const b = 'Hale called the bridge “a monument to waste.”';
    const span = objectClause(b, b.indexOf(' the bridge'), b.length);
    expect(span && b.slice(span.start, span.end)).toBe('the bridge “a monument to waste.”');
    const c = 'Hale declined on Friday.';
    expect(objectClause(c, c.indexOf(' on'), c.length)).toBeNull();
  });
});

describe('ruleQuotes: attitudes, channels and documents', () => {
  it('reads an attitude verb with its object as the content', () => {
    const [quote] = quotesOf('Councillor Dana Pike criticized the new parking fees.');
    expect(quote).toMatchObject({ content: 'the new parking fees', cue: 'criticized', speaker: 'Councillor Dana Pike', speakerName: 'Dana Pike', kind: 'indirect' });
  });

  it('reads an intention with its infinitive and a belief with its clause', () => {
    const quotes = quotesOf('Mayor Ana Ruiz wants to rebuild the pier. Ruiz believes the harbour can pay for it.');
    expect(quotes.map((q) => [q.cue, q.content])).toEqual([['wants', 'to rebuild the pier'], ['believes', 'the harbour can pay for it']]);
  });

  it('skips possessives and infinitives that only look like verbs', () => {
    expect(quotesOf('Ruiz’s support grew over the summer in every ward.')).toEqual([]);
    expect(quotesOf('The council met to discuss the harbour budget.')).toEqual([]);
  });

  it('keeps "in a statement" and a colon in the cue', () => {
    const quotes = quotesOf('Omar Haddad said in a statement that the port would reopen soon. Haddad added: “We owe the town an apology.”');
    expect(quotes.map((q) => q.cue)).toEqual(['said in a statement', 'added:']);
  });

  it('reads a relative pronoun as the source and resolves it to the name before', () => {
    const quotes = quotesOf('Residents cheered Lena Brook, who said the ferry would run all winter.');
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'who', speakerName: 'Lena Brook', cue: 'said', content: 'the ferry would run all winter' }));
  });

  it('takes a long document or poll after "according to" as the source', () => {
    const [quote] = quotesOf('According to early results of a survey conducted for the harbour board, most residents back the ferry.');
    expect(quote).toMatchObject({ cue: 'According to', speaker: 'early results of a survey conducted for the harbour board', content: 'most residents back the ferry', anonymous: false });
  });
});

describe('ruleQuotes: more ways to attribute', () => {
  it('reads an attribution set in the middle of the sentence', () => {
    const [quote] = quotesOf('The ferry, Omar Haddad said, will run all winter.');
    expect(quote).toMatchObject({ cue: 'said', speaker: 'Omar Haddad', content: 'will run all winter' });
  });

  it('keeps a progressive auxiliary and adverbs in the cue', () => {
    const quotes = quotesOf('Lena Brook is predicting a close vote. Brook has repeatedly criticized the budget office.');
    expect(quotes.map((q) => [q.cue, q.speaker])).toEqual([['is predicting', 'Lena Brook'], ['has repeatedly criticized', 'Brook']]);
  });

  it('gives a participle after a quotation the speaker of that quotation', () => {
    const quotes = quotesOf('“The port will not close,” Omar Haddad said, citing the new contracts.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'citing', speaker: 'Omar Haddad', content: 'the new contracts' }));
  });

  it('reports a one-word answer when a cue follows it', () => {
    const quotes = quotesOf('Lena Brook was asked where the ferry goes. “Harlow,” she answered.');
    expect(quotes).toContainEqual(expect.objectContaining({ content: '“Harlow,”', cue: 'answered', speakerName: 'Lena Brook', kind: 'direct' }));
  });

  it('reads a report carried by a noun, with its owner as the source', () => {
    const quotes = quotesOf('Omar Haddad repeated his claim that the bridge was safe.');
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'claim', speaker: 'his', speakerName: 'Omar Haddad', content: 'that the bridge was safe' }));
  });

  it('takes an apposition closing the sentence into an inverted speaker phrase', () => {
    const quotes = quotesOf('The ferry will run all winter, said Omar Haddad, a harbour pilot. “It is safe,” said Lena Brook (D-Harlow).');
    expect(quotes.map((q) => [q.speaker, q.speakerName])).toEqual([['Omar Haddad, a harbour pilot', 'Omar Haddad'], ['Lena Brook (D-Harlow)', 'Lena Brook']]);
  });

  it('ends reported speech before a quotation the segmenter glued to its sentence', () => {
    const text = "Lena Brook said the ferry was late again. ''We are tired of waiting,'' she said.";
    const quotes = quotesOf(text);
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Lena Brook', content: 'the ferry was late again' }));
  });
});

describe('ruleQuotes: a source for a whole report', () => {
  it('reads "according to" after a quote and its speaker as the source of both', () => {
    const text = '“We will reopen the pier,” Lena Brook said, according to the Harlow Courier.';
    const quotes = quotesOf(text);
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'said', speaker: 'Lena Brook', content: '“We will reopen the pier,”' }));
    expect(quotes).toContainEqual(expect.objectContaining({ cue: 'according to', speaker: 'the Harlow Courier', content: '“We will reopen the pier,” Lena Brook said' }));
  });

  it('reports a quotation the writer’s sentence runs on after as one mixed quote', () => {
    const [quote] = quotesOf('Mayor Ana Ruiz said “it makes me proud” every time the ferry leaves.');
    expect(quote).toMatchObject({ cue: 'said', speaker: 'Mayor Ana Ruiz', content: '“it makes me proud” every time the ferry leaves', kind: 'mixed' });
  });

  it('reads a poll that opens the sentence as the source of the rest', () => {
    const [quote] = quotesOf('In a new Harlow Courier poll released Monday, most residents back the ferry plan.');
    expect(quote).toMatchObject({ cue: 'In', speaker: 'a new Harlow Courier poll released Monday', content: 'most residents back the ferry plan' });
  });
});

describe('splitBeforeQuotes', () => {
  it('cuts a sentence where a quotation opens after a stop, and nowhere else', () => {
    const text = 'Mr. Hale said it was late. “We waited,” he said.';
    expect(splitBeforeQuotes(text, [{ start: 0, end: text.length, block: 0 }])).toEqual([
      { start: 0, end: text.indexOf('“'), block: 0 },
      { start: text.indexOf('“'), end: text.length, block: 0 },
    ]);
  });
});
