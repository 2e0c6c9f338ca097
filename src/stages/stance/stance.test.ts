import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/model.js';
import { extractMentions } from '../entities/index.js';
import { fixtureArticle } from '../entities/fixture-article.js';
import { extractQuotes } from '../quotes/index.js';
import { segmentArticle } from '../segment/index.js';
import { classifyArticle, labelSentences } from './index.js';

function analyse(article: Article) {
  const sentences = segmentArticle(article);
  const quotes = extractQuotes(article, sentences, extractMentions(article, sentences));
  const labels = labelSentences(article, sentences, quotes);
  return { labels, type: classifyArticle(article, sentences, labels), sentences };
}

const NEWS = [
  'Harlow council votes to reopen the bridge',
  'The Harlow city council voted 7-2 on Tuesday to reopen the Mill Street bridge in May. The repairs cost 4 million dollars.',
  '“We kept our promise to the east side,” Mayor Ana Ruiz said after the vote.',
  'Councillor Omar Haddad, who voted against, said the budget would not cover the river wall. Work starts on Monday.',
  'Follow the Harlow Ledger for more local news.',
].join('\n\n');

const COLUMN = [
  'The bridge vote was a disgrace',
  'I believe the council has failed the people of Harlow. It is time to stop pretending that 4 million dollars is small change.',
  'Why should the east side wait another year? We must demand better from the people we elect!',
  'The council meets again on Tuesday.',
].join('\n\n');

describe('labelSentences', () => {
  it('labels reporting, quote and boilerplate sentences of a news report', () => {
    const article = fixtureArticle(NEWS, { titleFirst: true, boilerplate: [4] });
    const { labels, sentences } = analyse(article);
    const byText = Object.fromEntries(sentences.map((s, i) => [NEWS.slice(s.start, s.end), labels[i]]));
    expect(byText['The repairs cost 4 million dollars.']).toBe('reporting');
    expect(byText['“We kept our promise to the east side,” Mayor Ana Ruiz said after the vote.']).toBe('quote');
    expect(byText['Follow the Harlow Ledger for more local news.']).toBe('boilerplate');
    expect(labels).not.toContain('opinion');
  });

  it('labels first-person evaluative sentences opinion, but not a quoted opinion', () => {
    const article = fixtureArticle(COLUMN, { titleFirst: true });
    const { labels } = analyse(article);
    // Title, first-person stance, [a judgement about a sum: left to the model], a rhetorical
    // question, a call to action, and the plain schedule fact.
    expect([labels[0], labels[1], labels[3], labels[4], labels[5]]).toEqual(['opinion', 'opinion', 'opinion', 'opinion', 'reporting']);
    const quoted = fixtureArticle('“This is a disgrace and we must fight it!” Omar Haddad said on Tuesday.');
    const quotedLabels = analyse(quoted).labels;
    expect(quotedLabels[0]).toBe('quote');
    expect(quotedLabels).not.toContain('opinion');
  });
});

describe('classifyArticle', () => {
  it('tells an opinion column from a news report by the text alone', () => {
    expect(analyse(fixtureArticle(NEWS, { titleFirst: true, boilerplate: [4] })).type).toBe('news');
    expect(analyse(fixtureArticle(COLUMN, { titleFirst: true })).type).toBe('opinion');
  });

  it('trusts a declared opinion section, title prefix or URL', () => {
    const overrides = [{ section: 'Comment is free' }, { title: 'Opinion: The bridge can wait' }, { url: 'https://ledger.example/opinion/2024/05/bridge' }];
    for (const override of overrides) expect(analyse(fixtureArticle(NEWS, { overrides: override })).type).toBe('opinion');
  });

  it('recognises analysis and press releases', () => {
    expect(analyse(fixtureArticle(NEWS, { overrides: { title: 'Analysis: What the bridge vote means' } })).type).toBe('analysis');
    const release = 'FOR IMMEDIATE RELEASE\n\nAcme Holdings today announced a new plant in Harlow. The plant will employ 200 people.\n\nAbout Acme Holdings\n\nMedia contact: press@acme.example';
    expect(analyse(fixtureArticle(release)).type).toBe('press-release');
  });

  it('calls a one-line page other', () => {
    expect(analyse(fixtureArticle('Harlow Ledger')).type).toBe('other');
  });
});

describe('wire-style title slugs', () => {
  it('reads "ANALYSIS-" and "COLUMN-" slugs as analysis and opinion', () => {
    expect(analyse(fixtureArticle(NEWS, { overrides: { title: 'ANALYSIS-Port bets on the trade deal' } })).type).toBe('analysis');
    expect(analyse(fixtureArticle(NEWS, { overrides: { title: 'COLUMN-Your data is not a product' } })).type).toBe('opinion');
  });

  it('does not read a hyphenated headline word as a slug', () => {
    expect(analyse(fixtureArticle(NEWS, { overrides: { title: 'Analysis-paralysis grips the council' } })).type).toBe('news');
  });
});

describe('opinion sentences in declared opinion pages', () => {
  it('needs only one cue when the page declares itself opinion, two in a news report', () => {
    const text = 'The families should be moved out of the old quarter before winter.';
    const column = analyse(fixtureArticle(text, { overrides: { section: 'opinion' } }));
    const report = analyse(fixtureArticle(text));
    expect(column.labels).toContain('opinion');
    expect(report.labels).not.toContain('opinion');
  });

  it('counts the writer speaking in the first person as a cue', () => {
    expect(analyse(fixtureArticle('I have walked that levee for twenty years and it was never safe, frankly.')).labels).toContain('opinion');
  });
});

describe('reported judgement, quotes and explainers', () => {
  it('keeps a judgement attributed to others in a news report as reporting', () => {
    const text = 'Shop owners said the plan was reckless and would drive customers away. The council votes in February.';
    expect(analyse(fixtureArticle(text)).labels).toEqual(['reporting', 'reporting']);
  });

  it('labels a sentence built around a direct quote quote, and one with a quoted phrase reporting', () => {
    const text = '“This will kill the square, plain and simple,” said Anders Krog, who has run a shop there for 31 years.\n\nA spokeswoman called the cuts “regrettable” on Monday.';
    expect(analyse(fixtureArticle(text)).labels).toEqual(['quote', 'reporting']);
  });

  it('reads short standalone questions of a Q&A explainer as subheadings, not rhetoric', () => {
    const text = ['What happened?', 'The central span fell into the harbour at 6.40pm on March 11.', 'Who built it?', 'Orlan Construction refurbished it between 2021 and 2023.',
      'What caused it?', 'A support bracket failed, the safety board found in April.', 'What happens next?', 'The board will publish its final report in the autumn.'].join('\n\n');
    const { labels, type } = analyse(fixtureArticle(text));
    expect(labels).not.toContain('opinion');
    expect(type).toBe('news');
  });

  it('marks genre furniture boilerplate: the release line, the About section, the columnist note', () => {
    const release = 'FOR IMMEDIATE RELEASE\n\nAcme Holdings today announced a new plant in Harlow.\n\nThe plant will employ 200 people.\n\nAbout Acme Holdings\n\nAcme Holdings makes parts for ferries and trams.';
    expect(analyse(fixtureArticle(release)).labels).toEqual(['boilerplate', 'reporting', 'reporting', 'boilerplate', 'boilerplate']);
    const column = 'I believe the bridge can wait.\n\nJo Vale is a columnist for the Harlow Ledger.';
    expect(analyse(fixtureArticle(column)).labels).toEqual(['opinion', 'boilerplate']);
  });
});

