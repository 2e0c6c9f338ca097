import { describe, expect, it } from 'vitest';
import { normaliseFeedDate } from './feed-date.js';

describe('normaliseFeedDate', () => {
  it.each([
    ['Tue, 05 Mar 2024 00:30:00 +0100', '2024-03-05T00:30:00+01:00'],
    ['Tue, 05 Mar 2024 14:00:00 GMT', '2024-03-05T14:00:00Z'],
    ['5 Mar 2024 09:15 EST', '2024-03-05T09:15:00-05:00'],
    ['Sat, 01 Jun 24 08:00:00 +0000', '2024-06-01T08:00:00Z'],
    ['Mon, 04 March 2024', '2024-03-04'],
    ['2024-03-05T14:00:00Z', '2024-03-05T14:00:00Z'],
    ['  sometime last week ', 'sometime last week'],
  ])('%s → %s', (raw, iso) => {
    expect(normaliseFeedDate(raw)).toBe(iso);
  });
});
