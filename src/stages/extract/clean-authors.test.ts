import { describe, expect, it } from 'vitest';
import { cleanAuthors } from './clean-authors.js';

describe('cleanAuthors: a clean list of people', () => {
  it.each([
    [['By Jane Doe and John Roe'], ['Jane Doe', 'John Roe']],
    [['By Jane Doe & John Roe, The Valley Courier'], ['Jane Doe', 'John Roe']],
    [['Jane Doe, Valley Courier'], ['Jane Doe']],
    [['JANE DOE, Associated Press'], ['JANE DOE']],
    [['By Jane Doe | Staff Writer'], ['Jane Doe']],
    [['By Jane Doe, Updated 5:30 PM'], ['Jane Doe']],
    [['Dr. Ana María López-García'], ['Dr. Ana María López-García']],
    [['Jane Doe', 'jane doe'], ['Jane Doe']],
  ])('%j → %j', (raw, expected) => {
    expect(cleanAuthors(raw, 'The Valley Courier')).toEqual(expected);
  });

  it.each([[['By AP']], [['Reuters']], [['jane.doe@courier.example']], [['https://courier.example/staff/jdoe']], [['Valley Courier Staff']]])(
    'drops agencies, addresses and desks: %j', (raw) => {
      expect(cleanAuthors(raw, 'The Valley Courier')).toEqual([]);
    },
  );
});
