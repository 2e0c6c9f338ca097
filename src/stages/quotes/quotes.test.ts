import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/model.js';
import { extractMentions } from '../entities/index.js';
import { fixtureArticle } from '../entities/fixture-article.js';
import { segmentArticle } from '../segment/index.js';
import { ruleQuotes } from './rule-quotes.js';

interface Shown { content: string; cue: string | null; speaker: string | null; speakerName: string | null; speakerKey: string | null; kind: string; anonymous: boolean }

function quotesOf(text: string): Shown[] {
  const article = fixtureArticle(text);
  const sentences = segmentArticle(article);
  const show = (span: Quote['cue']): string | null => (span ? text.slice(span.start, span.end) : null);
  return ruleQuotes(article, sentences, extractMentions(article, sentences)).map((q) => ({
    content: text.slice(q.content.start, q.content.end), cue: show(q.cue), speaker: show(q.speaker),
    speakerName: q.speakerName, speakerKey: q.speakerKey, kind: q.kind, anonymous: q.anonymous,
  }));
}

describe('ruleQuotes: direct quotes', () => {
  it('reads a cue after the quote, in both orders', () => {
    const quotes = quotesOf('Mayor Ana Ruiz opened the bridge. "We kept our promise to Harlow," Ruiz said. "The river will not divide us," said Omar Haddad.');
    expect(quotes).toEqual([
      expect.objectContaining({ content: '"We kept our promise to Harlow,"', cue: 'said', speaker: 'Ruiz', speakerKey: 'ana ruiz', kind: 'direct' }),
      expect.objectContaining({ content: '"The river will not divide us,"', cue: 'said', speaker: 'Omar Haddad', speakerKey: 'omar haddad' }),
    ]);
  });

  it('reads a cue before the quote, with a listener between', () => {
    const [quote] = quotesOf('Finance chief Omar Haddad told reporters on Monday: “The numbers do not add up.”');
    expect(quote).toMatchObject({ content: '“The numbers do not add up.”', cue: 'told', speaker: 'Finance chief Omar Haddad', speakerName: 'Omar Haddad' });
  });

  it('reads a cue inside a quote and resolves the pronoun to the last person named', () => {
    const quotes = quotesOf('Senator Lena Brook left the hall early.\n\n“The budget is tight,” she said, “but the money is there.”');
    expect(quotes.map((q) => q.content)).toEqual(['“The budget is tight,”', '“but the money is there.”']);
    expect(quotes.every((q) => q.cue === 'said' && q.speaker === 'she' && q.speakerKey === 'lena brook' && q.speakerName === 'Lena Brook')).toBe(true);
  });

  it('follows a quote over a paragraph break when the next paragraph opens with a quotation mark', () => {
    const text = 'Omar Haddad spoke for an hour.\n\n“The first thing to say is that the harbour is safe.\n\n“The second is that nobody will lose their job,” Haddad added.';
    const [quote] = quotesOf(text);
    expect(quote?.content).toBe('“The first thing to say is that the harbour is safe.\n\n“The second is that nobody will lose their job,”');
    expect(quote).toMatchObject({ cue: 'added', speakerKey: 'omar haddad', kind: 'direct' });
  });

  it('gives a following quoted sentence of the same paragraph the same speaker', () => {
    const quotes = quotesOf('“We will rebuild the school,” Ana Ruiz said. “Nobody will be left behind.”');
    expect(quotes.map((q) => q.speakerKey)).toEqual(['ana ruiz', 'ana ruiz']);
  });

  it('reads doubled apostrophes as quotation marks and keeps an apposition in the speaker', () => {
    const quotes = quotesOf("''The harbour will reopen in spring,'' Jenna Hale, the council's lawyer, said. ''Then we will see.''");
    expect(quotes.map((q) => q.content)).toEqual(["''The harbour will reopen in spring,''", "''Then we will see.''"]);
    expect(quotes[0]).toMatchObject({ speaker: "Jenna Hale, the council's lawyer,", speakerKey: 'jenna hale', cue: 'said' });
    expect(quotes[1]?.speakerKey).toBe('jenna hale');
  });

  it('reads a "Name: words" headline as a quote with the colon as cue', () => {
    const article = 'Haddad: Harbour Will Reopen in Spring\n\nOmar Haddad spoke in Harlow on Monday.';
    const [quote] = quotesOf(article);
    expect(quote).toMatchObject({ speaker: 'Haddad', speakerKey: 'omar haddad', cue: ':', content: 'Harbour Will Reopen in Spring' });
  });

  it('ignores short scare quotes', () => {
    expect(quotesOf('The plan was called a “fresh start” by supporters.')).toEqual([]);
  });
});

describe('ruleQuotes: reported speech', () => {
  it('reads two reports in one sentence and a speaker named before an apposition', () => {
    const quotes = quotesOf('Dean Vance, a farmer from Harlow, says the river is rising, while his neighbour says the dam will hold.');
    expect(quotes).toEqual([
      expect.objectContaining({ speaker: 'Dean Vance, a farmer from Harlow,', speakerKey: 'dean vance', content: 'the river is rising' }),
      expect.objectContaining({ speaker: 'his neighbour', content: 'the dam will hold' }),
    ]);
  });

  it('reads "X said that …" with the reported clause as content', () => {
    const [quote] = quotesOf('Omar Haddad said that the harbour would reopen in May.');
    expect(quote).toMatchObject({ content: 'that the harbour would reopen in May', cue: 'said', speaker: 'Omar Haddad', kind: 'indirect' });
  });

  it('lets an organisation speak: "the Kremlin said"', () => {
    const [quote] = quotesOf('The Kremlin said the talks in Harlow had failed.');
    expect(quote).toMatchObject({ content: 'the talks in Harlow had failed', speakerKey: 'kremlin', speakerName: 'the Kremlin', anonymous: false });
  });

  it('reads "according to X" before and after the claim', () => {
    const quotes = quotesOf('According to Omar Haddad, the deal was never close. The port will close in June, according to the harbour authority.');
    expect(quotes).toEqual([
      expect.objectContaining({ content: 'the deal was never close', cue: 'According to', speaker: 'Omar Haddad' }),
      expect.objectContaining({ content: 'The port will close in June', cue: 'according to', speaker: 'the harbour authority' }),
    ]);
  });

  it('marks unnamed sources as anonymous', () => {
    const quotes = quotesOf(
      'A senior official said the minister would resign. People familiar with the matter said the vote was delayed. The plan is dead, a spokesperson who asked not to be named said.',
    );
    expect(quotes.map((q) => [q.speaker, q.anonymous])).toEqual([
      ['A senior official', true],
      ['People familiar with the matter', true],
      ['a spokesperson who asked not to be named', true],
    ]);
    expect(quotes[2]?.content).toBe('The plan is dead');
  });

  it('skips the listener after "told" and marks quoted words inside reported speech as mixed', () => {
    const [quote] = quotesOf('Lena Brook told the council the budget was “a slow disaster for everyone.”');
    expect(quote).toMatchObject({ cue: 'told', speaker: 'Lena Brook', content: 'the budget was “a slow disaster for everyone.”', kind: 'mixed' });
  });
});
