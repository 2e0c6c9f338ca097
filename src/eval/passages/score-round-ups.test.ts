import { describe, expect, it } from 'vitest';
import type { ClusteredDocument } from '../clusters/index.js';
import type { RoundUp } from './build-round-ups.js';
import { scoreRoundUps } from './score-round-ups.js';

const assignment = (eventId: string) => ({ eventId, created: false, score: 0.5, why: [] });
const passage = (firstBlock: number, lastBlock: number, eventId: string | null) => ({
  passage: { firstBlock, lastBlock, start: firstBlock * 10, end: lastBlock * 10 + 9 },
  link: eventId === null ? null : { eventId, score: 0.4, why: [] },
});

// Whole documents: d1, d2 tell gold event A and sit in ev_a; d3, d4 tell B and sit in ev_b; d5 tells C (ev_c).
const gold = new Map([['d1', 'A'], ['d2', 'A'], ['d3', 'B'], ['d4', 'B'], ['d5', 'C']]);
const eventOf = new Map([['d1', 'ev_a'], ['d2', 'ev_a'], ['d3', 'ev_b'], ['d4', 'ev_b'], ['d5', 'ev_c']]);
const roundUps = new Map<string, RoundUp>([
  ['r1', { id: 'r1', text: '', items: [{ cluster: 'A', firstParagraph: 0, lastParagraph: 1 }, { cluster: 'B', firstParagraph: 2, lastParagraph: 2 }, { cluster: 'C', firstParagraph: 3, lastParagraph: 4 }] }],
]);

describe('scoreRoundUps', () => {
  it('counts split points, items that reached their event, and the precision of the events reached', () => {
    // Split at 2 (right) and 4 (wrong; 3 missed). Lead unlinked: it counts by the round-up's event, ev_a (right).
    // Passage 2–3 links to ev_b: item B right, item C (starting at 3) wrong. Passage 4 links to ev_a: nothing new.
    const doc: ClusteredDocument = { id: 'r1', duplicateOf: null, assignment: assignment('ev_a'), placedBy: null, passages: [passage(0, 1, null), passage(2, 3, 'ev_b'), passage(4, 4, 'ev_a')] };
    const scores = scoreRoundUps([doc], roundUps, gold, eventOf);
    expect(scores.boundaryPrecision).toBe(0.5);
    expect(scores.boundaryRecall).toBe(0.5);
    expect(scores.itemRecall).toBeCloseTo(2 / 3, 10);
    expect(scores).toMatchObject({ links: 2, linkPrecision: 1 });
  });

  it('scores an unsplit round-up by its one event for every item', () => {
    const doc: ClusteredDocument = { id: 'r1', duplicateOf: null, assignment: assignment('ev_c'), placedBy: null, passages: [] };
    const scores = scoreRoundUps([doc], roundUps, gold, eventOf);
    expect(scores).toMatchObject({ boundaryPrecision: 0, boundaryRecall: 0, links: 1, linkPrecision: 1 });
    expect(scores.itemRecall).toBeCloseTo(1 / 3, 10);
  });

  it('counts an event of another gold event as a wrong link', () => {
    const doc: ClusteredDocument = { id: 'r1', duplicateOf: null, assignment: assignment('ev_a'), placedBy: null, passages: [passage(0, 1, 'ev_a'), passage(2, 4, 'ev_elsewhere')] };
    const scores = scoreRoundUps([doc], roundUps, new Map([...gold, ['d6', 'Z']]), new Map([...eventOf, ['d6', 'ev_elsewhere']]));
    expect(scores).toMatchObject({ links: 2, linkPrecision: 0.5 });
    expect(scores.itemRecall).toBeCloseTo(1 / 3, 10);
  });
});
