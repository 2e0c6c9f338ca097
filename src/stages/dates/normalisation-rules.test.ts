import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index.js';

// One test per normalisation rule added from the TempEval-3 error analysis; fictional
// sentences, explicit reference days (TimeML conventions: range ends tagged separately).
const values = (text: string, reference: string) => tagTimexes(text, reference).map((t) => [t.text, t.value]);

describe('weekdays', () => {
  it('reads a possessive weekday as a day gone by, whatever the clause tense', () => {
    // Friday 2025-03-14: "would appeal" is future, but Wednesday's ruling has happened.
    expect(values("The Orlo family said they would appeal Wednesday's ruling.", '2025-03-14')).toEqual([['Wednesday', '2025-03-12']]);
  });

  it('still reads "ahead of Friday\'s summit" as a day to come', () => {
    expect(values("Delegates gathered ahead of Friday's summit.", '2025-03-12')).toEqual([['Friday', '2025-03-14']]);
  });

  it('reads a deadline through a clock time: "until 9 a.m. Tuesday"', () => {
    // Monday 2025-03-10: the ministry gave the tenants until tomorrow morning.
    expect(values('The ministry gave the tenants until 9 a.m. Tuesday to leave.', '2025-03-10')).toEqual([['9 a.m. Tuesday', '2025-03-11T09:00']]);
  });
});

describe('reference words', () => {
  it('tags "the past" on its own as PAST_REF', () => {
    expect(values('In the past, the Velden council rarely met.', '2025-03-14')).toEqual([['the past', 'PAST_REF']]);
  });

  it('leaves "the past two months" to the duration parser', () => {
    expect(values('Rents rose over the past two months.', '2025-03-14')).toEqual([['the past two months', 'P2M']]);
  });
});

describe('sets', () => {
  it('does not tag "quarterly" before a noun (a kind of dividend, not a recurrence)', () => {
    expect(values('Tarsk Mills raised its quarterly dividend.', '2025-03-14')).toEqual([]);
  });

  it('still tags the adverb: "published quarterly"', () => {
    expect(values('The bulletin is published quarterly.', '2025-03-14')).toEqual([['quarterly', 'P3M']]);
  });
});

describe('end of the year', () => {
  it('gives "the end of the year" and "year\'s end" the year, as TIMEX3 does for a part of a period', () => {
    expect(values('The plant should close by the end of the year.', '2025-10-30')).toEqual([['the end of the year', '2025']]);
    expect(values('The rules should be in place by year\'s end.', '2025-10-30')).toEqual([["year's end", '2025']]);
  });

  it('keeps the closing day for the compound "year-end"', () => {
    expect(values('The deal should close by year-end.', '2025-10-30')).toEqual([['year-end', '2025-12-31']]);
  });
});

describe('month names near the reference', () => {
  it('takes a month within two months of publication in that nearest year, whatever the tense', () => {
    // Published 2025-03-29: "had signed" is past, but the hearing in May is the coming one.
    expect(values('Lawyers had signed the papers before the case is heard in May.', '2025-03-29')).toEqual([['May', '2025-05']]);
    expect(values('The board agreed to buy the Tarsk mill in January.', '2025-11-02')).toEqual([['January', '2026-01']]);
  });

  it('still lets the tense decide for a month further away', () => {
    expect(values('The plant closed in September.', '2025-03-29')).toEqual([['September', '2024-09']]);
  });
});

describe('weekday with a part of the day', () => {
  it('keeps the part in the value and types it DATE, as TimeBank annotators do', () => {
    expect(tagTimexes('The mayor spoke on Friday night.', '2025-03-15').map((t) => [t.text, t.type, t.value])).toEqual([['Friday night', 'DATE', '2025-03-14TNI']]);
  });
});

describe('results years and halves', () => {
  it('reads "the year" after a part of it as the current year', () => {
    expect(values('Revenue rose through the first nine months of the year.', '2025-10-30')).toEqual([
      ['the first nine months', 'P9M'], ['the year', '2025'],
    ]);
    expect(values('Rains delayed planting earlier in the year.', '2025-10-30')).toEqual([['the year', '2025']]);
  });

  it('reads "by year end" as the year', () => {
    expect(values('Velden Steel plans to cut 600 jobs by year end.', '2025-10-30')).toEqual([['year end', '2025']]);
  });

  it('reads "the last half of" and "the first two quarters of" a year as halves', () => {
    expect(values('Earnings will be lower for the last half of 2025.', '2025-10-30')).toEqual([['the last half of 2025', '2025-H2']]);
    expect(values('Losses will last through the first two quarters of 2026.', '2025-10-30')).toEqual([['the first two quarters of 2026', '2026-H1']]);
  });
});

describe('holidays', () => {
  it('dates US holidays with moving days', () => {
    expect(values('Voters in Tarsk go to the polls on Election Day.', '2024-10-20')).toEqual([['Election Day', '2024-11-05']]);
    expect(values('The Orlo pool opens on Memorial Day.', '2025-05-02')).toEqual([['Memorial Day', '2025-05-26']]);
  });

  it('names Holy Week by the ISO week that ends on Easter Sunday', () => {
    // Easter 2025 is 20 April, the Sunday of 2025-W16.
    expect(values('Pilgrims filled Velden as Easter week began.', '2025-04-14')).toEqual([['Easter week', '2025-W16']]);
  });

  it('takes a holiday within a quarter of publication whatever the tense', () => {
    // Published Wednesday 2025-04-16: the past-tense sentence still means this Palm Sunday.
    expect(values('Crowds gathered in the square for Palm Sunday.', '2025-04-16')).toEqual([['Palm Sunday', '2025-04-13']]);
    expect(values('Crowds will gather for Palm Sunday.', '2025-04-10')).toEqual([['Palm Sunday', '2025-04-13']]);
  });
});

describe('generic "today" and "tomorrow"', () => {
  it('leaves the present or future age untagged', () => {
    expect(values("The scheme is for today's youth.", '2025-03-14')).toEqual([]);
    expect(values('"These are the leaders of tomorrow," she said.', '2025-03-14')).toEqual([]);
  });

  it('still dates a day: "today\'s editions", "tomorrow\'s vote"', () => {
    expect(values("The offer ran in today's editions.", '2025-03-14')).toEqual([['today', '2025-03-14']]);
    expect(values("Tomorrow's vote in Velden is close.", '2025-03-14')).toEqual([['Tomorrow', '2025-03-15']]);
  });
});

describe('midnight', () => {
  it('is the end of its day, T24:00, as TIMEX3 writes it', () => {
    expect(values('The offer will expire at midnight Friday.', '2025-03-12')).toEqual([['midnight Friday', '2025-03-14T24:00']]);
  });
});

describe('present tense of a schedule', () => {
  it('reads "begins Monday", "expires Friday" as the days to come', () => {
    // Wednesday 2025-03-12.
    expect(values('The Orlo trial begins Monday.', '2025-03-12')).toEqual([['Monday', '2025-03-17']]);
    expect(values('The offer expires at midnight Friday.', '2025-03-12')).toEqual([['midnight Friday', '2025-03-14T24:00']]);
  });
});

describe('recurring calendar units', () => {
  it('writes "each July" and "every summer" as TIMEX3 sets of that unit', () => {
    expect(tagTimexes('Marchers fill Velden each July.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['each July', 'SET', 'XXXX-07']]);
    expect(tagTimexes('Every summer the river floods.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['Every summer', 'SET', 'XXXX-SU']]);
  });
});

describe('days named through another day', () => {
  it('reads "the week of March 6" as that ISO week', () => {
    expect(values('The hearing is set for the week of March 10.', '2025-02-24')).toEqual([['the week of March 10', '2025-W11']]);
  });

  it('reads "the day before last Tuesday" as that Monday', () => {
    // Thursday 2025-03-13: last Tuesday is 03-11.
    expect(values("The day before last Tuesday's hearing, the lawyers met.", '2025-03-13')).toEqual([['The day before last Tuesday', '2025-03-10']]);
  });
});

describe('clock times', () => {
  it('take the day named after a bracketed aside, staying a separate expression', () => {
    expect(values('The blast came at 10:35 a.m. (0735 GMT) Friday.', '2025-03-15')).toEqual([
      ['10:35 a.m.', '2025-03-14T10:35'], ['Friday', '2025-03-14'],
    ]);
  });
});

describe('reporting verbs', () => {
  it('let the clause\'s own tense decide: "will open … before the end of the year, the mayor said"', () => {
    expect(values('Velmora will open a crossing before the end of the year, the mayor said.', '2025-09-17')).toEqual([['the end of the year', '2025']]);
  });
});

describe('a part of a relative year', () => {
  it('joins "the fourth quarter of last year" and "spring of next year" into one expression', () => {
    expect(values('The Orlo economy shrank in the fourth quarter of last year.', '2025-03-14')).toEqual([['the fourth quarter of last year', '2024-Q4']]);
    expect(values('The Tarsk plant opens in the spring of next year.', '2025-03-14')).toEqual([['spring of next year', '2026-SP']]);
  });
});

describe('counted recurrences and period edges', () => {
  it('writes "every four years" as P4Y and "every other week" as P2W', () => {
    expect(tagTimexes('Every four years, Velden elects a mayor.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['Every four years', 'SET', 'P4Y']]);
    expect(tagTimexes('Bins are emptied every other week.', '2025-03-14').map((t) => [t.text, t.type, t.value])).toEqual([['every other week', 'SET', 'P2W']]);
  });

  it('reads "the end of the month" and "the start of the year" as the current period', () => {
    expect(values('The mayor will step down at the end of the month.', '2025-03-14')).toEqual([['the end of the month', '2025-03']]);
    expect(values('Since the start of the year, fares have risen.', '2025-03-14')).toEqual([['the start of the year', '2025']]);
  });
});
