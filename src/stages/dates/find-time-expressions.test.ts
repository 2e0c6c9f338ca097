import { describe, expect, it } from 'vitest';
import type { PublicationTime } from '../../core/model.js';
import { splitSentences } from '../segment/index.js';
import { findTimeExpressions, tagTimexes } from './index.js';

// Wednesday 6 March 2024: the reference for every relative case below.
const WEDNESDAY: PublicationTime = { value: '2024-03-06', precision: 'day', provenance: 'input', confidence: 1 };

function tag(text: string, reference: PublicationTime | null = WEDNESDAY) {
  return findTimeExpressions(text, splitSentences(text), reference);
}

function only(text: string, reference: PublicationTime | null = WEDNESDAY) {
  const found = tag(text, reference);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('findTimeExpressions: direction of relative expressions (published Wed 2024-03-06)', () => {
  it.each([
    ['The minister said on Monday that the port would reopen.', 'Monday', '2024-03-04'],
    ['The two leaders will meet on Monday in Velden.', 'Monday', '2024-03-11'],
    ['Delegates arrived ahead of Friday\'s summit in Orlo.', 'Friday', '2024-03-08'],
    ['The council met last Thursday.', 'last Thursday', '2024-02-29'],
    ['The mayor met Wednesday with union leaders.', 'Wednesday', '2024-03-06'],
    ['The festival is scheduled for Saturday.', 'Saturday', '2024-03-09'],
    ['The strike began on March 3.', 'March 3', '2024-03-03'],
    ['The trial will open on March 10.', 'March 10', '2024-03-10'],
    ['The fire started on December 28.', 'December 28', '2023-12-28'],
    ['The bridge collapsed three days ago.', 'three days ago', '2024-03-03'],
    ['The vote is expected on April 2.', 'April 2', '2024-04-02'],
    ['The company reported a loss yesterday.', 'yesterday', '2024-03-05'],
    ['Ms Arden plans to visit Tarsk next Monday.', 'next Monday', '2024-03-11'],
    // Regression: "next to" is a preposition, not a future cue.
    ['Two shops next to the station burned on Friday.', 'Friday', '2024-03-01'],
    // Regression: "by" before a date sets a deadline, even after a past-tense verb.
    ['The envoy was ordered to leave by March 14.', 'March 14', '2024-03-14'],
    // Regression: a participle after "be" is not past tense ("will be returned").
    ['The boy will be returned on Monday.', 'Monday', '2024-03-11'],
  ])('%s', (text, span, value) => {
    const found = only(text);
    expect(found.text).toBe(span);
    expect(found.value).toBe(value);
    expect(found.anchor).toBe('publication');
    expect(found.granularity).toBe('day');
  });
});

describe('findTimeExpressions: periods and granularity', () => {
  it.each([
    ['The festival returns this July.', 'this July', '2024-07', 'month'],
    ['Prices rose earlier this year.', 'earlier this year', '2024', 'year'],
    ['Sales fell last year.', 'last year', '2023', 'year'],
    ['The board meets next month.', 'next month', '2024-04', 'month'],
    ['Output dropped last week.', 'last week', '2024-W09', 'week'],
    ['Profit rose in the first quarter.', 'the first quarter', '2024-Q1', 'quarter'],
    ['Fourth-quarter earnings slipped.', 'Fourth-quarter', '2023-Q4', 'quarter'],
    ['The plant was built in the 1990s.', '1990s', '199', 'decade'],
    ['The park opens this summer.', 'this summer', '2024-SU', 'season'],
    ['The talks ended last fall.', 'last fall', '2023-FA', 'season'],
    ['The weir opens in April.', 'April', '2024-04', 'month'],
    ['Flooding hit the valley in November.', 'November', '2023-11', 'month'],
  ])('%s', (text, span, value, granularity) => {
    const found = only(text);
    expect(found.text).toBe(span);
    expect(found.value).toBe(value);
    expect(found.granularity).toBe(granularity);
  });
});

describe('findTimeExpressions: absolute dates', () => {
  it.each([
    ['The law passed on March 5, 2024.', 'March 5, 2024', '2024-03-05'],
    ['The law passed on 5 March 2024.', '5 March 2024', '2024-03-05'],
    ['The filing is dated 2024-03-05.', '2024-03-05', '2024-03-05'],
    ['The form was signed 03/05/2024.', '03/05/2024', '2024-03-05'],
    ['The treaty was signed on the 6th of April 2021.', 'the 6th of April 2021', '2021-04-06'],
    ['The mine closed in May 2019.', 'May 2019', '2019-05'],
    ['The mine closed in 2019.', '2019', '2019'],
    ['Results for Sept. 30, 1999 were restated.', 'Sept. 30, 1999', '1999-09-30'],
  ])('%s', (text, span, value) => {
    const found = only(text, null);
    expect(found.text).toBe(span);
    expect(found.value).toBe(value);
    expect(found.anchor).toBe('absolute');
  });

  it('anchors "a year earlier" to the quarter the story is about', () => {
    const found = tag('Profit rose in the third quarter to $5 million from $4 million a year earlier.', null);
    expect(found.map((t) => t.value)).toEqual(['XXXX-Q3', 'XXXX']);
    const dated = tag('Profit rose in the fourth quarter to $5 million from $4 million a year earlier.');
    expect(dated.map((t) => t.value)).toEqual(['2023-Q4', '2022-Q4']);
  });

  it('reads results periods: "the year ended …", "for the year", "the latest period", "year-end"', () => {
    expect(tag('Sales for the year ended Sept. 30 rose.').map((t) => [t.text, t.type, t.value])).toEqual([
      ['the year', 'DURATION', 'P1Y'], ['Sept. 30', 'DATE', '2023-09-30'],
    ]);
    expect(only('For the year, volume was flat.')).toMatchObject({ text: 'the year', value: '2024' });
    expect(tag('Profit rose in the fourth quarter. Sales in the latest period fell.').map((t) => t.value)).toEqual(['2023-Q4', '2023-Q4']);
    expect(only('The deal should close by year-end.')).toMatchObject({ text: 'year-end', value: '2024-12-31' });
    expect(only('The index has gained 4% since year-end.')).toMatchObject({ value: '2023-12-31' });
  });

  it('joins a clock time with the day after it', () => {
    expect(only('The offer will expire at 5 p.m. EST Friday.')).toMatchObject({
      text: '5 p.m. EST Friday', type: 'TIME', value: '2024-03-08T17:00',
    });
  });

  it('merges a weekday with the calendar date after it', () => {
    const found = only('The rally took place on Monday, Oct. 23, 2023.');
    expect(found).toMatchObject({ text: 'Monday, Oct. 23, 2023', value: '2023-10-23' });
  });
});

describe('findTimeExpressions: durations, sets, times, references', () => {
  it.each([
    ['She returned after eight years in exile.', 'eight years', 'DURATION', 'P8Y'],
    ['He served for three years.', 'three years', 'DURATION', 'P3Y'],
    ['A two-day strike closed the port.', 'two-day', 'DURATION', 'P2D'],
    ['Profit rose in the first nine months.', 'the first nine months', 'DURATION', 'P9M'],
    ['The market opens every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['The paper is published weekly.', 'weekly', 'SET', 'P1W'],
    ['The blast happened at 3 p.m.', '3 p.m.', 'TIME', '2024-03-06T15:00'],
    ['The shop is now closed.', 'now', 'DATE', 'PRESENT_REF'],
    ['The shop recently closed.', 'recently', 'DATE', 'PAST_REF'],
    ['The refugees lived in camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The hearing lasted an hour and a half.', 'an hour and a half', 'DURATION', 'PT1H30M'],
    ['Sales have slowed in recent months.', 'recent months', 'DURATION', 'PXM'],
    ['The ferry was found on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2023-11-23'],
    ['The treaty was signed in June last year.', 'June last year', 'DATE', '2023-06'],
    ['Losses narrowed in the 2023 second quarter.', 'the 2023 second quarter', 'DATE', '2023-Q2'],
    ['The bridge opened in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
    ['Prices peaked in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['The plan was drawn up for the year two thousand.', 'the year two thousand', 'DATE', '2000'],
  ])('%s', (text, span, type, value) => {
    const found = only(text);
    expect(found).toMatchObject({ text: span, type, value });
  });
});

describe('findTimeExpressions: things that are not dates', () => {
  it.each([
    'Nothing changed in the year.',
    'The Sunday Times ran the story first.',
    'Officials may decide to extend the curfew.',
    'The march through Velden was peaceful.',
    'The council counted 2,019 people at the rally.',
    'The regiment sent 1900 troops north.',
    'The airline runs four flights a week to Orlo.',
    'Ferries leave from Eastern Pier.',
    'He sat next to the window.',
    'Mr. Vale, 52 years old, will retire.',
    'She appeared on "60 Minutes" twice.',
    'A second group of directors resigned.',
    'Some two thousand people marched.',
  ])('%s', (text) => {
    expect(tag(text)).toEqual([]);
  });

  it('keeps absolute dates and leaves relative ones unresolved without a reference', () => {
    const found = tag('The minister said on Monday that the law of March 5, 2024 stands.', null);
    expect(found.map((t) => [t.text, t.value, t.anchor])).toEqual([
      ['Monday', 'XXXX-WXX-1', 'none'],
      ['March 5, 2024', '2024-03-05', 'absolute'],
    ]);
  });

  it('joins ranges for Storyline output', () => {
    expect(only('The fair ran from Monday to Wednesday.')).toMatchObject({ value: '2024-03-04/2024-03-06' });
    expect(only('Prices doubled between 2019 and 2021.')).toMatchObject({ value: '2019/2021' });
    expect(only('The summit runs March 12-14.')).toMatchObject({ value: '2024-03-12/2024-03-14' });
  });
});

describe('tense cues that are not about time', () => {
  it('does not read "the last open questions" as past tense', () => {
    const text = 'The minister will meet her counterpart on Monday to settle the last open questions.';
    expect(tagTimexes(text, '2025-06-21').map((t) => t.value)).toEqual(['2025-06-23']);
  });

  it('reads a weekday after "for" as a plan, but not a possessive one', () => {
    expect(tagTimexes('The mayor announced a day of mourning for Sunday.', '2025-03-14').filter((t) => t.type === 'DATE').map((t) => t.value)).toEqual(['2025-03-16']);
    expect(tagTimexes("Traders blamed the losses for Friday's fall.", '2025-03-14').map((t) => t.value)).toEqual(['2025-03-14']);
  });
});
