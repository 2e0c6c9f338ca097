import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom, type SeededRandom } from '../../core/seeded-random.js';
import type { EventIndex, EventRecord } from '../../stages/events/index.js';
import type { StoryIndex, StoryRecord } from '../../stages/stories/index.js';
import { openDatabase } from '../sqlite/open-database.js';
import { POSTINGS_PER_KEY } from '../sqlite/posting-limits.js';
import { SqliteEventIndex } from '../sqlite/sqlite-event-index.js';
import { SqliteStoryIndex } from '../sqlite/sqlite-story-index.js';
import { PgEventIndex } from './pg-event-index.js';
import { PgStoryIndex } from './pg-story-index.js';
import { testSchemas, TEST_POSTGRES_URL } from './test-database.js';
import { day, postingStory } from '../posting-test-records.js';

/** Ids in mixed case, so an ordering by anything but bytes would show. */
const ids = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i % 3 === 0 ? 'Q' : 'q'}${((i * 2_654_435_761) >>> 0).toString(16)}`);

/** Content keys: one most records hold (past the cap), and a long tail of rarer ones. */
function contentKeys(random: SeededRandom): string[] {
  const keys = random.chance(0.9) ? ['t:common'] : [];
  for (let n = random.int(1, 4); n > 0; n--) keys.push(`t:k${Math.floor(random.next() ** 2 * 40)}`);
  if (random.chance(0.5)) keys.push(`e:${random.int(0, 9)}`);
  return keys;
}

function queryKeys(random: SeededRandom, members: readonly string[]): string[] {
  const pool = ['t:common', 't:none', ...Array.from({ length: 40 }, (_, i) => `t:k${i}`), ...Array.from({ length: 10 }, (_, i) => `e:${i}`), ...members];
  return Array.from({ length: random.int(1, 6) }, () => random.pick(pool));
}

/** The same random history of puts on both indexes: new events, growth, rewrites, members moving between events. */
function fillEvents(indexes: readonly EventIndex[], random: SeededRandom): string[] {
  const state = new Map<string, EventRecord>();
  const firstDay = new Map<string, number | null>();
  const articles: string[] = [];
  for (const id of Array.from({ length: 700 }, () => random.pick(ids('ev_', 450)))) {
    const old = state.get(id);
    const known = firstDay.get(id);
    // An older article joining moves an event's first day back: its postings stay, their first day changes.
    const start = firstDay.has(id) ? (known == null ? null : known - (random.chance(0.15) ? random.int(1, 3) : 0)) : random.chance(0.1) ? null : random.int(0, 60);
    firstDay.set(id, start);
    const first = start === null ? null : day(start);
    // A few events have a first day but no last one: SQLite reads them as dated and never seen.
    const last = start === null ? null : random.chance(0.03) ? null : day(start + random.int(0, 15));
    let members = old ? [...old.articleIds] : [];
    const roll = random.next();
    if (roll < 0.1 && old) members = [`a_${articles.length}`];
    else if (roll < 0.2 && articles.length > 0) members.push(random.pick(articles));
    else members.push(`a_${articles.length}`);
    members = [...new Set(members)];
    articles.push(`a_${articles.length}`);
    const record: EventRecord = { id, title: id, date: first, granularity: first ? 'day' : null, firstSeen: first, lastSeen: last, articleIds: members, termWeights: {}, entityWeights: {}, dateVotes: {} };
    state.set(id, record);
    const keys = [...contentKeys(random), ...members.map((a) => `a:${a}`)];
    for (const index of indexes) index.put(record, keys);
  }
  return articles.map((a) => `a:${a}`);
}

function fillStories(indexes: readonly StoryIndex[], random: SeededRandom): string[] {
  const events = ids('ev_', 300);
  const state = new Map<string, string[]>();
  for (const id of Array.from({ length: 600 }, () => random.pick(ids('st_', 320)))) {
    if (random.chance(0.05)) {
      state.delete(id);
      for (const index of indexes) index.remove(id);
      continue;
    }
    const eventIds = [...new Set([...(state.get(id) ?? []), random.pick(events)])];
    state.set(id, eventIds);
    const lastSeen = random.chance(0.05) ? null : day(random.int(0, 90));
    const story: StoryRecord = { id, title: id, eventIds, firstSeen: day(0), lastSeen, termWeights: {}, entityWeights: {} };
    const keys = [...contentKeys(random), ...eventIds.map((e) => `ev:${e}`)];
    for (const index of indexes) index.put(story, keys);
  }
  return events.map((e) => `ev:${e}`);
}

// The same history of writes leaves the same rows in both stores, and every lookup on
// PostgreSQL returns exactly what SQLite returns: the same cap, window filtering, undated
// handling, ranking and record order.
describe.skipIf(!TEST_POSTGRES_URL)('PostgreSQL indexes answer as the SQLite ones do', () => {
  const { connect, dropAll } = testSchemas();
  afterAll(dropAll);

  it('gives the same event candidates, with and without a window', () => {
    const [db, connection] = [openDatabase(':memory:'), connect()];
    const sqlite = new SqliteEventIndex(db);
    const pg = new PgEventIndex(connection);
    const random = seededRandom(11);
    const members = fillEvents([sqlite, pg], random);
    for (const sql of ['SELECT key, last_seen, first_seen, event_id FROM event_postings ORDER BY 1, 2, 4', 'SELECT member_key, owner_id, position FROM event_members ORDER BY 1']) {
      expect(connection.query(sql)).toEqual(db.prepare(sql).all());
    }
    expect(sqlite.candidates(['t:common'], null, 1000)).toHaveLength(POSTINGS_PER_KEY);
    let nonEmpty = 0;
    for (let q = 0; q < 300; q++) {
      const keys = queryKeys(random, members);
      const from = random.int(0, 70);
      const window = random.chance(0.3) ? null : { from: day(from), to: day(from + random.int(0, 14)) };
      const limit = random.pick([1, 3, 25, 1000]);
      const expected = sqlite.candidates(keys, window, limit);
      if (expected.length > 0) nonEmpty++;
      expect(pg.candidates(keys, window, limit), JSON.stringify({ keys, window, limit })).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(200);
  }, 120_000);

  it('decides member rewrites as SQLite does after another story took a member', () => {
    const [db, connection] = [openDatabase(':memory:'), connect()];
    const indexes = [new SqliteStoryIndex(db), new PgStoryIndex(connection)];
    const put = (id: string, eventIds: string[]): void => {
      for (const index of indexes) index.put(postingStory(id, eventIds, day(1)), eventIds.map((e) => `ev:${e}`));
    };
    put('st_a', ['x', 'y', 'w']);
    put('st_b', ['x']);
    // st_a keeps y@1 and w@2; a list matching at its last stored position appends r@2 beside w@2.
    put('st_a', ['q', 'y', 'r']);
    put('st_a', ['q', 'y', 'w', 's']);
    const sql = 'SELECT member_key, owner_id, position FROM story_members ORDER BY 1';
    expect(connection.query(sql)).toEqual(db.prepare(sql).all());
    for (const key of ['ev:q', 'ev:r', 'ev:x']) expect(indexes[1]?.candidates([key], 10)).toEqual(indexes[0]?.candidates([key], 10));
  });

  it('gives the same story candidates', () => {
    const [db, connection] = [openDatabase(':memory:'), connect()];
    const sqlite = new SqliteStoryIndex(db);
    const pg = new PgStoryIndex(connection);
    const random = seededRandom(12);
    const members = fillStories([sqlite, pg], random);
    for (const sql of ['SELECT key, last_seen, story_id FROM story_postings ORDER BY 1, 2, 3', 'SELECT member_key, owner_id, position FROM story_members ORDER BY 1']) {
      expect(connection.query(sql)).toEqual(db.prepare(sql).all());
    }
    expect(sqlite.candidates(['t:common'], 1000)).toHaveLength(POSTINGS_PER_KEY);
    for (let q = 0; q < 300; q++) {
      const keys = queryKeys(random, members);
      const limit = random.pick([1, 3, 25, 1000]);
      expect(pg.candidates(keys, limit), JSON.stringify({ keys, limit })).toEqual(sqlite.candidates(keys, limit));
    }
  }, 120_000);
});
