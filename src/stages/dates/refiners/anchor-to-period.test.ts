import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../index.js';

// Results stories published Thursday 2 November 2025: the third quarter is the one reported.
const values = (text: string) => tagTimexes(text, '2025-11-02').map((t) => [t.text, t.value]);

describe('anchorToPeriod', () => {
  it('compares "a year ago" with the quarter the results are for', () => {
    expect(values('Orlan Foods said third-quarter profit rose 8% from a year ago.')).toEqual([
      ['third-quarter', '2025-Q3'], ['a year ago', '2024-Q3'],
    ]);
  });

  it('ignores a quarter that has not ended yet: a forecast is not what results compare with', () => {
    expect(values('Third-quarter profit rose. The fire will cost it in the fourth quarter. Sales in the latest quarter beat those of a year ago.')).toEqual([
      ['Third-quarter', '2025-Q3'], ['the fourth quarter', '2025-Q4'], ['the latest quarter', '2025-Q3'], ['a year ago', '2024-Q3'],
    ]);
  });

  it('takes a fiscal quarter that the text says has ended', () => {
    expect(values('Net for its fourth quarter ended Sept. 30 fell from a year earlier.').map(([, v]) => v)).toEqual(['2025-Q4', '2025-09-30', '2024-Q4']);
  });

  it('reads a year back as a year once a nine-month period is the subject', () => {
    expect(values('Third-quarter profit rose. In the first nine months, net rose from $4 million a year earlier.')).toEqual([
      ['Third-quarter', '2025-Q3'], ['the first nine months', 'P9M'], ['a year earlier', '2024'],
    ]);
  });

  it('shifts "last year\'s quarter" back from the story\'s quarter', () => {
    expect(values("Third-quarter sales fell. Sales for last year's quarter were higher.")).toEqual([
      ['Third-quarter', '2025-Q3'], ["last year's quarter", '2024-Q3'],
    ]);
  });
});
