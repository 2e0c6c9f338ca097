import { describe, expect, it } from 'vitest';
import { valueErrorBucket } from './index.js';

const bucket = (goldValue: string, systemValue: string, type = 'DATE') => valueErrorBucket({ type, value: goldValue }, { value: systemValue });

describe('valueErrorBucket', () => {
  it.each([
    ['1989-WXX', '1989-W43', 'gold underspecified (X)'],
    ['PAST_REF', 'PXY', 'reference words (PRESENT/PAST/FUTURE_REF)'],
    ['P1W', '1998-W33', 'duration'],
    ['1988-Q3', '1988', 'quarter or half'],
    ['2000-W07', '2000-W05', 'week'],
    ['2000-01-05TEV', '2000-01-05TNI', 'part of day'],
    ['1998-08-07T10:35', '1998-08-08T10:35', 'clock time'],
    ['199X', '199', 'decade or century'],
    ['1990-08-10', '1990-08-17', 'day: other week'],
    ['1999-02-09', '1999-02-10', 'day: other'],
    ['1990-09', '1989-09', 'month: other year'],
    ['1989-09', '1989-09-30', 'granularity'],
    ['1989', '1988', 'year'],
  ])('gold %s, system %s → %s', (gold, system, expected) => {
    expect(bucket(gold, system)).toBe(expected);
  });

  it('puts a SET with a calendar value in "set"', () => {
    expect(bucket('XXXX-07', '1998-07', 'SET')).toBe('gold underspecified (X)');
    expect(bucket('1998-07', '1998-07-01', 'SET')).toBe('set');
  });
});
