import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../index.js';

const values = (text: string, reference = '2025-06-20') => tagTimexes(text, reference).map((t) => [t.text, t.value]);

describe('resolveAnaphora', () => {
  it('gives "that year" and "the following year" the year named before', () => {
    expect(values('Mr. Vale joined the navy in 1995, and the following year he was sent to Orlo.')).toEqual([
      ['1995', '1995'], ['the following year', '1996'],
    ]);
    expect(values('The mill closed in March 2019 and reopened later that year.')).toEqual([
      ['March 2019', '2019-03'], ['later that year', '2019'],
    ]);
  });

  it('moves by one month, day or quarter from the antecedent', () => {
    expect(values('The board hired an adviser in March 2021. The following month, it put the firm up for sale.')).toEqual([
      ['March 2021', '2021-03'], ['The following month', '2021-04'],
    ]);
    expect(values('The fire began on May 3, 2022. Earlier that day, a guard had left.')).toEqual([
      ['May 3, 2022', '2022-05-03'], ['Earlier that day', '2022-05-03'],
    ]);
    expect(values('Loss in the 2024 second quarter was $3 million. Results for that quarter included a charge.')).toEqual([
      ['the 2024 second quarter', '2024-Q2'], ['that quarter', '2024-Q2'],
    ]);
  });

  it('drops an anaphor with nothing to point back to', () => {
    expect(values('Traders lost money on deals made that day.')).toEqual([]);
  });

  it('does not read "the next year" as anaphoric (it is usually a length from now)', () => {
    expect(values('Output rose in 2019. Sales should recover over the next year.')).toEqual([['2019', '2019'], ['the next year', 'P1Y']]);
  });
});

describe('resolveAnaphora: counted "earlier"', () => {
  it('counts "a month earlier" back from the month just named', () => {
    expect(values('Inflation rose to 3.1 percent in February from 2.9 percent a month earlier.', '2025-03-20')).toEqual([
      ['February', '2025-02'], ['a month earlier', '2025-01'],
    ]);
  });

  it('counts from a day: "Two days earlier"', () => {
    expect(values('The Orlo bridge opened on May 3, 2019. Two days earlier, a storm had hit.')).toEqual([
      ['May 3, 2019', '2019-05-03'], ['Two days earlier', '2019-05-01'],
    ]);
  });

  it('falls back to the publication day without an antecedent', () => {
    expect(values('Sales rose 4 percent from a year earlier.', '2025-03-20')).toEqual([['a year earlier', '2024']]);
  });
});
