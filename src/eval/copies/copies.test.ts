import { describe, expect, it } from 'vitest';
import { buildCopiesBenchmark, scoreCopies, seededRandom, truncate, withoutNaturalCopies } from './index.js';
import type { BenchmarkDocument, SourceArticle } from './index.js';

// Fictional sources: two reports of one event in a made-up town, one of another.
// Each topic has its own words; sentence n rotates them, so no two topics share a 5-shingle.
const VOCABULARY: Record<string, string[]> = {
  canal: 'barges lock keeper towpath silt dredging mooring sluice heron boatyard culvert wharf'.split(' '),
  ferry: 'captain deck harbour ticket crossing gangway tide pier schedule engine cabin lifeboat'.split(' '),
  library: 'shelves librarian catalogue reading archive borrowing novels atlas periodicals study lamp index'.split(' '),
};
const sentence = (topic: string, n: number) => {
  const words = VOCABULARY[topic] ?? [];
  return `${[...words.slice(n % words.length), ...words.slice(0, n % words.length)].join(' ')}.`;
};
const body = (topic: string, count: number) => Array.from({ length: count }, (_, i) => sentence(topic, i + 1)).join('\n\n');
const SOURCES: SourceArticle[] = [
  { id: 's1', outlet: 'brindle-post', published: '2024-05-01', title: 'Council weighs canal plan', text: body('canal', 12), event: 'e1' },
  { id: 's2', outlet: 'valley-news', published: '2024-05-01', title: 'Canal plan vote', text: body('ferry', 12), event: 'e1' },
  { id: 's3', outlet: 'brindle-post', published: '2024-05-02', title: 'Library hours cut', text: body('library', 12), event: 'e2' },
];

describe('truncate', () => {
  it('keeps at least the asked share, cut at a sentence end', () => {
    const paragraphs = ['One two three. Four five six.', 'Seven eight nine. Ten eleven twelve.'];
    expect(truncate(paragraphs, 0.4)).toEqual(['One two three. Four five six.']);
    expect(truncate(paragraphs, 0.6)).toEqual(['One two three. Four five six.', 'Seven eight nine.']);
  });
});

describe('seededRandom', () => {
  it('draws the same sequence for the same seed', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    expect([a.next(), a.int(1, 6), a.shuffle([1, 2, 3, 4])]).toEqual([b.next(), b.int(1, 6), b.shuffle([1, 2, 3, 4])]);
  });
});

describe('withoutNaturalCopies', () => {
  it('drops a later text that repeats an earlier one', () => {
    expect(withoutNaturalCopies([body('canal', 12), body('library', 12), `${body('canal', 12)}\n\nA new last line.`])).toEqual([0, 1]);
  });
});

describe('buildCopiesBenchmark', () => {
  it('is deterministic and labels each copy with its source', () => {
    const docs = buildCopiesBenchmark(SOURCES, 11);
    expect(buildCopiesBenchmark(SOURCES, 11)).toEqual(docs);
    for (const doc of docs.filter((d) => d.transforms.length > 0)) expect(doc.id.startsWith(`${doc.family}~copy`)).toBe(true);
    expect(docs.filter((d) => d.transforms.length === 0).map((d) => d.id)).toEqual(['s1', 's2', 's3']);
  });
});

describe('scoreCopies', () => {
  const doc = (id: string, family: string, event: string): BenchmarkDocument => ({ id, outlet: 'x', published: null, title: '', text: '', family, event, transforms: [] });
  const docs = [doc('a', 'a', 'e'), doc('a2', 'a', 'e'), doc('a3', 'a', 'e'), doc('b', 'b', 'e'), doc('c', 'c', 'f')];
  it('scores pairs of the linked groups against the families', () => {
    // predicted groups {a, a2, b} and {a3}: 3 pairs, 1 true (a–a2); gold pairs 3 (a–a2, a–a3, a2–a3)
    const score = scoreCopies(docs, new Map([['a2', 'a'], ['b', 'a']]));
    expect(score.precision).toBeCloseTo(1 / 3, 10);
    expect(score.recall).toBeCloseTo(1 / 3, 10);
    expect(score.sameEventFalsePairs).toBe(2);
  });
});
