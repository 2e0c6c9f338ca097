import { describe, expect, it } from 'vitest';
import { KeyCountCache } from './key-count-cache.js';

/** A table of key counts that records which keys each load asked for. */
function table(counts: Record<string, number>) {
  const asked: string[][] = [];
  const load = (missing: readonly string[]) => {
    asked.push([...missing]);
    return new Map(missing.flatMap((key) => (counts[key] === undefined ? [] : [[key, counts[key]!] as const])));
  };
  return { asked, load };
}

describe('KeyCountCache', () => {
  it('loads only the keys it does not hold, and counts writes through', () => {
    const cache = new KeyCountCache();
    const t = table({ 't:port': 4, 'e:halvik': 2 });
    expect(Object.fromEntries(cache.read(1, ['t:port', 'e:halvik', 't:strike'], t.load))).toEqual({ 't:port': 4, 'e:halvik': 2, 't:strike': 0 });
    cache.counted(1, ['t:port', 't:strike']);
    expect(Object.fromEntries(cache.read(1, ['t:port', 't:strike'], t.load))).toEqual({ 't:port': 5, 't:strike': 1 });
    expect(t.asked).toEqual([['t:port', 'e:halvik', 't:strike']]);
  });

  it('starts over on a new epoch, and reads through on a null one', () => {
    const cache = new KeyCountCache();
    const t = table({ 't:port': 4 });
    cache.read(1, ['t:port'], t.load);
    cache.read(2, ['t:port'], t.load);
    cache.read(null, ['t:port'], t.load);
    expect(t.asked).toEqual([['t:port'], ['t:port'], ['t:port']]);
  });

  it('still answers every key right when it fills up and starts over in the middle of a read', () => {
    const cache = new KeyCountCache(3);
    const t = table({ a: 1, b: 2, c: 3, d: 4 });
    cache.read(1, ['a', 'b'], t.load);
    // Two held, two missing: past the limit of three, so the cache starts over.
    expect(Object.fromEntries(cache.read(1, ['a', 'c', 'd'], t.load))).toEqual({ a: 1, c: 3, d: 4 });
    expect(t.asked[1]).toEqual(['a', 'c', 'd']);
  });
});
