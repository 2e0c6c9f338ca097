import { describe, expect, it } from 'vitest';
import { ParsedRecordCache } from './parsed-record-cache.js';

describe('ParsedRecordCache', () => {
  it('hands back the same record while the stored text is unchanged', () => {
    const cache = new ParsedRecordCache<{ n: number }>();
    const first = cache.parse('ev_1', '{"n":1}');
    expect(cache.parse('ev_1', '{"n":1}')).toBe(first);
  });

  it('parses again when the stored text changed', () => {
    const cache = new ParsedRecordCache<{ n: number }>();
    cache.parse('ev_1', '{"n":1}');
    expect(cache.parse('ev_1', '{"n":2}')).toEqual({ n: 2 });
    expect(cache.parse('ev_1', '{"n":1}')).toEqual({ n: 1 });
  });

  it('holds at most its limit, dropping the oldest', () => {
    const cache = new ParsedRecordCache<{ n: number }>(2);
    const first = cache.parse('a', '{"n":1}');
    cache.parse('b', '{"n":2}');
    cache.parse('c', '{"n":3}');
    expect(cache.parse('a', '{"n":1}')).not.toBe(first);
    expect(cache.parse('a', '{"n":1}')).toEqual(first);
  });
});
