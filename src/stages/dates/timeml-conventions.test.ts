import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.js';

// Rules added for issue 4 from the TimeML/TIMEX3 conventions (and product bugs found on the
// way); fictional sentences, explicit reference days, TimeML output (range ends separate).
const values = (text: string, reference: string) => tagTimexes(text, reference).map((t) => [t.text, t.value]);

describe('"the past year" and ordinal positions', () => {
  it('keeps "the past year" and "the last year" as a one-year duration', () => {
    expect(tagTimexes('Rents in Velden rose over the past year.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['the past year', 'DURATION', 'P1Y']]);
    expect(tagTimexes('Sales fell in the last year.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['the last year', 'DURATION', 'P1Y']]);
  });

  it('does not read "the last year of his term" as a length or as last year', () => {
    expect(values('It was the last year of his term as mayor.', '2025-03-14')).toEqual([]);
    expect(values('The vote falls in the last week of March.', '2025-03-14')).toEqual([['March', '2025-03']]);
  });
});

describe('quotations', () => {
  it('reads the tense inside the quote, not from the reporting verb outside it', () => {
    // Wednesday 2025-03-12: "will leave" in the quote is future; "said" outside is not about Thursday.
    expect(values("``The ferry will leave at 4 a.m. Thursday,'' the harbour master said.", '2025-03-12')).toEqual([['4 a.m. Thursday', '2025-03-13T04:00']]);
    expect(values('"The ferry will leave Thursday," the harbour master said.', '2025-03-12')).toEqual([['Thursday', '2025-03-13']]);
  });
});

describe('deadlines in the past perfect', () => {
  it('reads "had filed … by Wednesday" as a passed deadline', () => {
    // Thursday 2025-03-13.
    expect(values('Only two towns had filed their reports by Wednesday.', '2025-03-13')).toEqual([['Wednesday', '2025-03-12']]);
    expect(values('The towns must file their reports by Wednesday.', '2025-03-13')).toEqual([['Wednesday', '2025-03-19']]);
    expect(values('By Wednesday, the towns had filed their reports.', '2025-03-13')).toEqual([['Wednesday', '2025-03-12']]);
    // An infinitive after the participle is a plan still to come.
    expect(values('The office had decided to delay the vote until Monday.', '2025-03-13')).toEqual([['Monday', '2025-03-17']]);
  });
});

describe('decades in words, relative centuries, approximations', () => {
  it('writes "the nineties" as 199 and "the early sixties" as 196', () => {
    expect(values('Tarsk grew fast through the nineties.', '1998-03-03')).toEqual([['the nineties', '199']]);
    expect(values('The bridge was built in the early sixties.', '2025-03-14')).toEqual([['the early sixties', '196']]);
  });

  it('does not read an age as a decade', () => {
    expect(values('The mayor is in her forties.', '2025-03-14')).toEqual([]);
  });

  it('writes "this century" and "last century" as centuries, and leaves "the last century" a duration', () => {
    expect(values('The worst floods of this century hit Velden.', '1999-03-12')).toEqual([['this century', '19']]);
    expect(values('Last century, the Orlo valley was farmland.', '2025-03-14')).toEqual([['Last century', '19']]);
    expect(values('Over the last century the valley emptied.', '2025-03-14')).toEqual([['the last century', 'P100Y']]);
  });

  it('keeps "or so" inside the span: "a week or so ago", "the next year or so"', () => {
    expect(values('A week or so ago, the council met.', '2025-03-14')).toEqual([['A week or so ago', '2025-W10']]);
    expect(values('The mill will close over the next year or so.', '2025-03-14')).toEqual([['the next year or so', 'P1Y']]);
  });
});

describe('the last quarter of a year', () => {
  it('reads "the last quarter of 2010" as its fourth quarter, and leaves "last quarter" the previous one', () => {
    expect(values('Dividends for the last quarter of 2010 were paid.', '2010-10-19')).toEqual([['the last quarter of 2010', '2010-Q4']]);
    expect(values('Bonuses in the last quarter of this year rose.', '2010-10-19')).toEqual([['the last quarter of this year', '2010-Q4']]);
    expect(values('Profit rose last quarter.', '2010-10-19')).toEqual([['last quarter', '2010-Q3']]);
  });
});

describe('the current quarter', () => {
  it('is the quarter of the reference day, even in a story about an ended quarter', () => {
    expect(values('Profit fell in the third quarter, and the current quarter began well.', '2025-10-26')).toEqual([
      ['the third quarter', '2025-Q3'], ['the current quarter', '2025-Q4'],
    ]);
  });
});

describe('parts of the day without a clock reading', () => {
  it('writes "mid-afternoon" as the day with TAF and joins it with the day after it', () => {
    expect(tagTimexes('In Velden at mid-afternoon yesterday, the shares rose.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([
      ['mid-afternoon yesterday', 'TIME', '2025-03-13TAF'],
    ]);
    expect(values('By mid morning, the ferry had left.', '2025-03-14')).toEqual([['mid morning', '2025-03-14TMO']]);
  });

  it('reads "4 in the morning" and "9 in the evening" as clock hours', () => {
    expect(values('The ferry leaves at 4 in the morning.', '2025-03-14')).toEqual([['4 in the morning', '2025-03-14T04:00']]);
    expect(values('The ferry leaves at 9 in the evening.', '2025-03-14')).toEqual([['9 in the evening', '2025-03-14T21:00']]);
  });
});

describe('recurring weekdays', () => {
  it('writes plural weekdays and weekends as sets', () => {
    const sets = (text: string) => tagTimexes(text, '2025-03-14').map((t) => [t.text, t.type, t.value]);
    expect(sets('The Velden market closes on Sundays.')).toEqual([['Sundays', 'SET', 'XXXX-WXX-7']]);
    expect(sets('The clinic opens on weekends.')).toEqual([['weekends', 'SET', 'XXXX-WXX-WE']]);
    expect(sets('The show airs Sunday nights.')).toEqual([['Sunday nights', 'SET', 'XXXX-WXX-7TNI']]);
  });

  it('shares a plural across "and": "Monday and Tuesday nights" are both recurrences', () => {
    expect(tagTimexes('Ferries leave on Monday and Tuesday nights.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
  });

  it('keeps singular weekdays as dates', () => {
    expect(values('The mayor left Monday and Tuesday.', '2025-03-14')).toEqual([['Monday', '2025-03-10'], ['Tuesday', '2025-03-11']]);
  });
});

describe('two days of one month', () => {
  it('tags the second day of "April 24 and 25" as a date of its own', () => {
    expect(values('The Velden summit is on April 24 and 25.', '2025-03-14')).toEqual([['April 24', '2025-04-24'], ['25', '2025-04-25']]);
    expect(values('Talks on Dec. 30 and 31, 2010 failed.', '2025-03-14')).toEqual([['Dec. 30', '2010-12-30'], ['31, 2010', '2010-12-31']]);
  });

  it('does not read an amount as a day', () => {
    expect(values('Turnout rose on April 24 and 25% voted.', '2025-03-14')).toEqual([['April 24', '2025-04-24']]);
  });

  it('splits a day range into its two ends for TimeML, which has no interval value', () => {
    expect(values('The Tarsk fair runs March 3-5.', '2025-02-20')).toEqual([['March 3', '2025-03-03'], ['5', '2025-03-05']]);
  });
});

describe('lengths in working units', () => {
  it('tags "five business days" and "eight trading days" as days', () => {
    expect(values('Refunds from Tarsk Mills take five business days.', '2025-03-14')).toEqual([['five business days', 'P5D']]);
    expect(values('Eight trading days later the index recovered.', '2025-03-14')).toEqual([['Eight trading days', 'P8D']]);
    expect(values('Days later, the Orlo ferry sank.', '2025-03-14')).toEqual([['Days', 'PXD']]);
  });
});

describe('"-long" lengths', () => {
  it('tags "day-long" and "decades-long" without the article of the noun they describe', () => {
    expect(tagTimexes('A day-long meeting ended in Orlo.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['day-long', 'DURATION', 'P1D']]);
    expect(values('The decades-long feud ended.', '2025-03-14')).toEqual([['decades-long', 'PXY']]);
    expect(values('A two-week-long trip began.', '2025-03-14')).toEqual([['two-week-long', 'P2W']]);
  });
});

describe('"one day" as "some day"', () => {
  it('reads "will one day" as FUTURE_REF and "took one day" as a length', () => {
    expect(values('Velden will one day be a city.', '2025-03-14')).toEqual([['one day', 'FUTURE_REF']]);
    expect(values('The repair took one day.', '2025-03-14')).toEqual([['one day', 'P1D']]);
  });
});

describe('numbers that are not dates', () => {
  it('does not read a band name or a count as a recurrence or a year', () => {
    expect(values('An early Happy Mondays session aired.', '2025-03-14')).toEqual([]);
    expect(values('She presents the Sunday Programme from Orlo.', '2025-03-14')).toEqual([]);
    expect(values('The deaths of 1800 settlers were recorded.', '2025-03-14')).toEqual([]);
  });

  it('does not read a count after "and" as a second day', () => {
    expect(values('On March 5 and 12 people died in Orlo.', '2025-03-14')).toEqual([['March 5', '2025-03-05']]);
  });

  it('does not read temperatures as decades', () => {
    expect(values('Highs in Velden will be in the nineties.', '2025-03-14')).toEqual([]);
    expect(values('The mayor is polling in the mid thirties.', '2025-03-14')).toEqual([]);
  });
});

describe('closing days', () => {
  it('reads "the year ended Jan. 31" as the last such day, however near the next one is', () => {
    // 2025-10-31: the next 31 January is within a quarter, but a period that "ended" is over.
    expect(values('In the fiscal year ended Jan. 31, the Orlo chain sold more.', '2025-10-31')).toEqual([
      ['the fiscal year', 'P1Y'], ['Jan. 31', '2025-01-31'],
    ]);
    expect(values('The quarter ended Oct. 31 brought a loss.', '2025-10-31')).toEqual([['The quarter', '2025-Q3'], ['Oct. 31', '2025-10-31']]);
  });
});

describe('clause breaks', () => {
  it('lets a cue in the same clause outweigh a nearer one across a comma', () => {
    // Wednesday 2025-03-12: "changed" is Monday's clause; "would review" comes after the comma.
    expect(values('We acted when the board changed its rules on Monday, and we would review them later.', '2025-03-12')).toEqual([['Monday', '2025-03-10']]);
    expect(values('The mayor will visit Orlo Friday, her third trip this year.', '2025-03-12')).toEqual([['Friday', '2025-03-14'], ['this year', '2025']]);
  });
});

describe('a reporting verb right before the day', () => {
  it('dates the telling: "said Wednesday it will cut jobs" is last Wednesday', () => {
    // Friday 2025-03-14.
    expect(values('Tarsk Mills said Wednesday it will cut 40 jobs.', '2025-03-14')).toEqual([['Wednesday', '2025-03-12']]);
    expect(values('The mayor said on Thursday that she will resign in May.', '2025-03-14')).toEqual([['Thursday', '2025-03-13'], ['May', '2025-05']]);
    expect(values('The minister told reporters on Tuesday that talks will resume.', '2025-03-14')).toEqual([['Tuesday', '2025-03-11']]);
  });

  it('leaves a day that is the subject of what was said to the clause: "said Monday will be the deadline"', () => {
    expect(values('The council said Monday will be the deadline.', '2025-03-14')).toEqual([['Monday', '2025-03-17']]);
  });
});

describe('decades and year ranges', () => {
  it('reads "the \'80s" with its apostrophe', () => {
    expect(values("Velden was poorer in the '80s.", '2025-03-14')).toEqual([["'80s", '198']]);
  });

  it('tags both years of "2001-2009", but not a year-like number after a hyphen', () => {
    expect(values('She was mayor of Orlo from 2001-2009.', '2025-03-14')).toEqual([['2001', '2001'], ['2009', '2009']]);
    expect(values('Call the Orlo office at 555-2009.', '2025-03-14')).toEqual([]);
  });

  it('reads years before 1900 only after a preposition', () => {
    expect(values('Velmora won independence in 1898.', '2025-03-14')).toEqual([['1898', '1898']]);
    expect(values('The index closed at 1678 points.', '2025-03-14')).toEqual([]);
  });
});
