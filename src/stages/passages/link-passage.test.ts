import { describe, expect, it } from 'vitest';
import { assignToEvent, MemoryEventIndex } from '../events/index.js';
import { featuresOf, LIBRARY, STRIKE_HERALD } from '../events/event-fixtures.js';
import { linkPassage, PASSAGE_THRESHOLD, placingPassage } from './index.js';

describe('linkPassage', () => {
  it('points a passage at the known event it tells, and says why', () => {
    const index = new MemoryEventIndex();
    const strike = assignToEvent(featuresOf(STRIKE_HERALD), index);
    assignToEvent(featuresOf(LIBRARY), index);
    const link = linkPassage({ ...featuresOf(STRIKE_HERALD), articleId: 'a_roundup' }, index);
    expect(link?.eventId).toBe(strike.eventId);
    expect(link!.score).toBeGreaterThanOrEqual(PASSAGE_THRESHOLD);
    expect(link!.why.join(' ')).toContain('shared entities');
  });

  it('links nothing when no event is close enough, and writes nothing to the index', () => {
    const index = new MemoryEventIndex();
    assignToEvent(featuresOf(LIBRARY), index);
    const before = JSON.stringify(index.all());
    expect(linkPassage({ ...featuresOf(STRIKE_HERALD), articleId: 'a_roundup' }, index)).toBeNull();
    expect(JSON.stringify(index.all())).toBe(before);
  });
});

describe('placingPassage', () => {
  it('places a round-up by the passage that matches a known event, else by its lead', () => {
    const index = new MemoryEventIndex();
    const passages = [{ ...featuresOf(STRIKE_HERALD), articleId: 'a_roundup' }, { ...featuresOf(LIBRARY), articleId: 'a_roundup' }];
    expect(placingPassage(passages, index)).toBe(0);
    assignToEvent(featuresOf(LIBRARY), index);
    expect(placingPassage(passages, index)).toBe(1);
  });
});
