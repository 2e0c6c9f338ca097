import { describe, expect, it } from 'vitest';
import { findTimeExpressions, tagTimexes } from './index.js';
import { splitSentences } from '../segment/index.js';
import { namesPastEvent } from './named-event.js';

const values = (text: string, reference: string) => tagTimexes(text, reference).map((t) => [t.text, t.value]);

describe('a month and day naming a past event', () => {
  it('recognises event nouns after the date, with or without a modifier', () => {
    expect(namesPastEvent(' attacks on the capital')).toBe(true);
    expect(namesPastEvent(' terrorist attacks')).toBe(true);
    expect(namesPastEvent(' car bombing')).toBe(true);
    expect(namesPastEvent(' election')).toBe(false);
    expect(namesPastEvent(' anniversary')).toBe(false);
    expect(namesPastEvent(', the council said')).toBe(false);
  });

  // Regression: "the Sept. 11 attacks", written in August, resolved to the coming 11 September.
  it('is never re-anchored to a date still to come', () => {
    expect(values('The Sept. 11 attacks changed the port of Velmora.', '2024-08-20')).toEqual([['Sept. 11', '2023-09-11']]);
    expect(values('Survivors of the 7 October massacre met in Tarsk.', '2024-08-20')).toEqual([['the 7 October', '2023-10-07']]);
  });

  it('takes the latest past occurrence, not the publication day itself', () => {
    // On the anniversary itself, "the Sept. 11 attacks" are a year or more back.
    expect(values('Crowds remembered the Sept. 11 attacks.', '2024-09-11')).toEqual([['Sept. 11', '2023-09-11']]);
    expect(values('The March 2 blast closed the Orlo mine.', '2024-03-09')).toEqual([['March 2', '2024-03-02']]);
  });

  it('leaves scheduled names to the ordinary rules: an election or an anniversary may lie ahead', () => {
    expect(values('Velden votes in the Nov. 5 election.', '2024-08-20')).toEqual([['Nov. 5', '2024-11-05']]);
    expect(values('Families gathered before the Sept. 11 anniversary.', '2024-09-05')).toEqual([['Sept. 11', '2024-09-11']]);
  });

  it('gives the product output a lower confidence than a dated month-day', () => {
    const text = 'The Sept. 11 attacks changed the port of Velmora.';
    const reference = { value: '2024-08-20', precision: 'day', provenance: 'input', confidence: 1 } as const;
    const [named] = findTimeExpressions(text, splitSentences(text), reference);
    expect(named?.value).toBe('2023-09-11');
    expect(named?.confidence).toBeLessThan(0.85);
  });
});
