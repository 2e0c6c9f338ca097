import { describe, expect, it } from 'vitest';
import { addDays, formatWeek, isoWeek, parseIsoDay, weekday } from './calendar.js';
import { followingWeekday, nearestMonthDay, nearestWeekday, previousWeekday, yearOfMonth } from './resolve.js';

const WED = { year: 2024, month: 3, day: 6 }; // Wednesday 6 March 2024

describe('calendar', () => {
  it('computes ISO weekdays and weeks across year ends', () => {
    expect(weekday(WED)).toBe(3);
    expect(weekday({ year: 2024, month: 3, day: 10 })).toBe(7);
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(formatWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
  });

  it('adds days over month and leap-year boundaries', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('reads the day of ISO dates and date-times, rejecting impossible days', () => {
    expect(parseIsoDay('2024-03-06T23:10:00Z')).toEqual(WED);
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('March 6')).toBeNull();
  });
});

describe('resolve (reference Wednesday 2024-03-06)', () => {
  it.each([
    ['past Monday', nearestWeekday(WED, 1, 'past'), '2024-03-04'],
    ['unknown Monday defaults to the past', nearestWeekday(WED, 1, 'unknown'), '2024-03-04'],
    ['future Monday', nearestWeekday(WED, 1, 'future'), '2024-03-11'],
    ['past Wednesday is the same day', nearestWeekday(WED, 3, 'past'), '2024-03-06'],
    ['last Wednesday is a week back', previousWeekday(WED, 3), '2024-02-28'],
    ['last Thursday', previousWeekday(WED, 4), '2024-02-29'],
    ['next Wednesday is a week ahead', followingWeekday(WED, 3), '2024-03-13'],
  ])('%s', (_name, day, expected) => {
    expect(`${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`).toBe(expected);
  });

  it('places a month and day by tense, or the nearer one without a cue', () => {
    // Half a year either way: the tense decides.
    expect(nearestMonthDay(WED, 9, 2, 'past')).toEqual({ year: 2023, month: 9, day: 2 });
    expect(nearestMonthDay(WED, 9, 2, 'future')).toEqual({ year: 2024, month: 9, day: 2 });
    // Within a quarter the date in the current year wins whatever the tense (news omits the
    // year only for such dates): "agreed to meet on April 2" is next month.
    expect(nearestMonthDay(WED, 4, 2, 'past')).toEqual({ year: 2024, month: 4, day: 2 });
    expect(nearestMonthDay(WED, 4, 2, 'future')).toEqual({ year: 2024, month: 4, day: 2 });
    expect(nearestMonthDay(WED, 4, 2, 'unknown')).toEqual({ year: 2024, month: 4, day: 2 });
    expect(nearestMonthDay(WED, 12, 28, 'unknown')).toEqual({ year: 2023, month: 12, day: 28 });
    // Within a week of the reference the nearer date wins over the tense (a misread cue is
    // likelier than a date a year away).
    expect(nearestMonthDay(WED, 2, 29, 'future')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nearestMonthDay(WED, 3, 10, 'past')).toEqual({ year: 2024, month: 3, day: 10 });
    // No 29 February in the past year or the one before: nothing rather than an invented date.
    expect(nearestMonthDay({ year: 2023, month: 6, day: 10 }, 2, 29, 'past')).toBeNull();
  });

  it('places a bare month by tense, or within six months without a cue', () => {
    expect(yearOfMonth(WED, 7, 'past')).toBe(2023);
    expect(yearOfMonth(WED, 7, 'future')).toBe(2024);
    expect(yearOfMonth(WED, 11, 'unknown')).toBe(2023);
    expect(yearOfMonth(WED, 8, 'unknown')).toBe(2024);
  });
});
