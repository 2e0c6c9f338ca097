import { describe, expect, it } from 'vitest';
import {
  CALL_JUNE, CALL_MARCH, CALL_MARCH_FOLLOWUP, featuresOf, LIBRARY, STRIKE_COURIER, STRIKE_HERALD, STRIKE_POST,
} from './event-fixtures.js';
import type { FixtureArticle } from './event-fixtures.js';
import { assignToEvent, MemoryEventIndex, retrievalKeys, scoreEvent } from './index.js';

/** Feeds fixtures in order; returns the partition as sorted lists of article ids. */
function partition(fixtures: readonly FixtureArticle[]): string[][] {
  const index = new MemoryEventIndex();
  for (const fixture of fixtures) assignToEvent(featuresOf(fixture), index);
  return index
    .all()
    .map((event) => [...event.articleIds].sort())
    .sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

describe('assignToEvent', () => {
  it('joins three reports of one strike into one event, titled and dated by its founder', () => {
    const index = new MemoryEventIndex();
    const first = assignToEvent(featuresOf(STRIKE_HERALD), index);
    const second = assignToEvent(featuresOf(STRIKE_COURIER), index);
    const third = assignToEvent(featuresOf(STRIKE_POST), index);
    expect(first.created).toBe(true);
    expect([second.eventId, third.eventId]).toEqual([first.eventId, first.eventId]);
    expect(second.why.join(' ')).toContain('shared entities: mara ostrowe');
    expect(third.why).toContain('dates agree: 2024-03-04');
    const event = index.get(first.eventId);
    expect(event).toMatchObject({
      title: 'Dockworkers walk out at Halvik port', date: '2024-03-04', granularity: 'day', firstSeen: '2024-03-04', lastSeen: '2024-03-05',
    });
    expect(event?.articleIds).toHaveLength(3);
  });

  it('keeps two calls between the same leaders months apart as two events', () => {
    expect(partition([CALL_MARCH, CALL_MARCH_FOLLOWUP, CALL_JUNE])).toEqual([['a_call_june'], ['a_call_march', 'a_call_march_2']]);
  });

  it('vetoes a join when both sides date the happening more than a day apart', () => {
    const index = new MemoryEventIndex();
    const march = assignToEvent(featuresOf(CALL_MARCH), index);
    const earlierCall = { ...CALL_JUNE, id: 'a_call_feb', published: '2024-03-06', eventDate: '2024-02-20' };
    const event = index.get(march.eventId);
    expect(event && scoreEvent(featuresOf(earlierCall), event).veto).toBe('dates differ: 2024-02-20 vs 2024-03-04');
    expect(assignToEvent(featuresOf(earlierCall), index).created).toBe(true);
  });

  it('keeps them apart by publication dates alone when no event date was found', () => {
    const undated = (f: FixtureArticle): FixtureArticle => ({ ...f, eventDate: undefined });
    expect(partition([CALL_MARCH, CALL_JUNE].map(undated))).toEqual([['a_call_june'], ['a_call_march']]);
  });

  it('gives the same partition whatever the order of arrival', () => {
    const fixtures = [STRIKE_HERALD, CALL_MARCH, LIBRARY, STRIKE_COURIER, CALL_JUNE, CALL_MARCH_FOLLOWUP, STRIKE_POST];
    const expected = [['a_call_june'], ['a_call_march', 'a_call_march_2'], ['a_library'], ['a_strike_courier', 'a_strike_herald', 'a_strike_post']];
    expect(partition(fixtures)).toEqual(expected);
    expect(partition([...fixtures].reverse())).toEqual(expected);
    expect(partition([fixtures[4], fixtures[6], fixtures[0], fixtures[2], fixtures[5], fixtures[1], fixtures[3]] as FixtureArticle[])).toEqual(expected);
  });

  it('puts a copy into its canonical article\'s event', () => {
    const index = new MemoryEventIndex();
    const canonical = assignToEvent(featuresOf(LIBRARY), index);
    const copy = assignToEvent({ ...featuresOf({ ...LIBRARY, id: 'a_library_copy' }, 'a_library'), terms: [] }, index);
    expect(copy).toEqual({ eventId: canonical.eventId, created: false, score: 1, why: ['copy of a_library'] });
  });

  it('changes nothing when an article is fed twice', () => {
    const index = new MemoryEventIndex();
    const first = assignToEvent(featuresOf(STRIKE_HERALD), index);
    const again = assignToEvent(featuresOf(STRIKE_HERALD), index);
    expect(again.eventId).toBe(first.eventId);
    expect(index.get(first.eventId)?.articleIds).toEqual(['a_strike_herald']);
  });

  it('uses stable ids derived from the founding article', () => {
    const a = partition([STRIKE_HERALD]);
    const index = new MemoryEventIndex();
    const assignment = assignToEvent(featuresOf(STRIKE_HERALD), index);
    expect(a).toEqual([['a_strike_herald']]);
    expect(assignment.eventId).toMatch(/^ev_[0-9a-f]{16}$/);
    expect(assignToEvent(featuresOf(STRIKE_HERALD), new MemoryEventIndex()).eventId).toBe(assignment.eventId);
  });
});

describe('retrievalKeys', () => {
  it('looks up by entity, place and top-term keys', () => {
    const keys = retrievalKeys(featuresOf(STRIKE_HERALD));
    expect(keys.slice(0, 4)).toEqual(['e:mara ostrowe', 'e:halvik dockworkers union', 'e:nordline shipping', 'e:halvik']);
    expect(keys.filter((key) => key.startsWith('t:'))).toHaveLength(10);
  });
});

describe('thin copies', () => {
  it('a copy of a few words founds its own event instead of joining its original', () => {
    const index = new MemoryEventIndex();
    const original = assignToEvent(featuresOf(STRIKE_HERALD), index);
    const notice = { ...featuresOf(STRIKE_COURIER), articleId: 'a_notice', duplicateOf: featuresOf(STRIKE_HERALD).articleId, contentWords: 20 };
    const assigned = assignToEvent(notice, index);
    expect(assigned.created).toBe(true);
    expect(assigned.eventId).not.toBe(original.eventId);
    expect(assigned.why[0]).toMatch(/copy of 20 words/);
  });

  it('a full-length copy still joins its original', () => {
    const index = new MemoryEventIndex();
    const original = assignToEvent(featuresOf(STRIKE_HERALD), index);
    const copy = { ...featuresOf(STRIKE_COURIER), articleId: 'a_copy', duplicateOf: featuresOf(STRIKE_HERALD).articleId, contentWords: 300 };
    expect(assignToEvent(copy, index).eventId).toBe(original.eventId);
  });
});
