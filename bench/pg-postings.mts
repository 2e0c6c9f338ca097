// PostgreSQL postings benchmark (issue 5): fills a fresh schema and an in-memory SQLite
// store with the same synthetic events (two keys every event holds, a long tail of rarer
// ones, spread over a year), then times event lookups three ways: PgEventIndex (capped
// postings), the uncapped query of PostgreSQL migration 1 (every holder of a key, over
// `event_keys`), and SqliteEventIndex; and counts lookups where PostgreSQL and SQLite differ.
// Run with `STORYLINE_TEST_POSTGRES=postgresql://… npx tsx bench/pg-postings.mts [--events 20000] [--queries 300] [--json]`.
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/core/seeded-random.js';
import { openDatabase } from '../src/store/sqlite/open-database.js';
import { SqliteEventIndex } from '../src/store/sqlite/sqlite-event-index.js';
import { openPostgres } from '../src/store/postgres/open-postgres.js';
import { pgPlaceholders } from '../src/store/postgres/pg-connection.js';
import { PgEventIndex } from '../src/store/postgres/pg-event-index.js';
import { freshTestSchema, TEST_POSTGRES_URL } from '../src/store/postgres/test-database.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '20000' }, queries: { type: 'string', default: '300' }, json: { type: 'boolean', default: false } } });
if (!TEST_POSTGRES_URL) {
  console.log('bench:pg-postings skipped: set STORYLINE_TEST_POSTGRES to a PostgreSQL URL');
  process.exit(0);
}
const events = Number(values.events);
const queryCount = Number(values.queries);
const DAYS = 365;
const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const random = seededRandom(3);
const tailKey = (): string => `t:k${Math.floor(random.next() ** 3 * 5000)}`;

interface Posting { key: string; id: string; first: string; last: string }
const records: { id: string; record: string; first: string; last: string }[] = [];
const postings: Posting[] = [];
for (let i = 0; i < events; i++) {
  const start = Math.floor((i / events) * DAYS);
  const id = `ev_${i.toString(16).padStart(8, '0')}`;
  const [first, last] = [day(start), day(start + random.int(0, 5))];
  records.push({ id, record: JSON.stringify({ id, title: id }), first, last });
  for (const key of new Set(['t:police', 't:said', ...Array.from({ length: 8 }, tailKey), `e:${random.int(0, 2000)}`])) postings.push({ key, id, first, last });
}
const queries = Array.from({ length: queryCount }, () => {
  const d = random.int(14, DAYS - 1);
  return { keys: ['t:police', 't:said', ...Array.from({ length: 10 }, tailKey), `e:${random.int(0, 2000)}`], window: { from: day(d - 14), to: day(d) } };
});

const { url, drop } = freshTestSchema();
const pg = openPostgres(url);
const db = openDatabase(':memory:');
try {
  // Both stores hold the same rows; PostgreSQL also the migration-1 table, to time its query.
  pg.exec('CREATE TABLE event_keys (key TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (key, event_id))');
  for (let at = 0; at < events; at += 2000) {
    const rows = JSON.stringify(records.slice(at, at + 2000));
    pg.query(`INSERT INTO events (id, record, date, first_seen, last_seen) SELECT x->>'id', x->>'record', x->>'first', x->>'first', x->>'last' FROM json_array_elements($1::json) x`, [rows]);
  }
  for (let at = 0; at < postings.length; at += 20_000) {
    const rows = JSON.stringify(postings.slice(at, at + 20_000));
    pg.query(`INSERT INTO event_postings (key, last_seen, first_seen, event_id) SELECT x->>'key', x->>'last', x->>'first', x->>'id' FROM json_array_elements($1::json) x`, [rows]);
    pg.query(`INSERT INTO event_keys (key, event_id) SELECT x->>'key', x->>'id' FROM json_array_elements($1::json) x`, [rows]);
  }
  pg.exec('SET client_min_messages = error; ANALYZE events; ANALYZE event_postings; ANALYZE event_keys');
  db.transaction(() => {
    const event = db.prepare('INSERT INTO events (id, record, date, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)');
    for (const r of records) event.run(r.id, r.record, r.first, r.first, r.last);
    const posting = db.prepare('INSERT INTO event_postings (key, last_seen, first_seen, event_id) VALUES (?, ?, ?, ?)');
    for (const p of postings) posting.run(p.key, p.last, p.first, p.id);
  })();

  const uncapped = (keys: readonly string[], window: { from: string; to: string }): unknown[] => {
    const n = keys.length;
    return pg.query(
      `SELECT e.record FROM (SELECT event_id, COUNT(*) AS hits FROM event_keys WHERE key IN (${pgPlaceholders(n)}) GROUP BY event_id) k
       JOIN events e ON e.id = k.event_id WHERE e.first_seen IS NULL OR (e.first_seen <= $${n + 1} AND e.last_seen >= $${n + 2})
       ORDER BY k.hits DESC, e.id COLLATE "C" LIMIT $${n + 3}`,
      [...keys, window.to, window.from, 25],
    );
  };
  const [pgIndex, sqliteIndex] = [new PgEventIndex(pg), new SqliteEventIndex(db)];
  const time = (lookup: (q: (typeof queries)[number]) => unknown): number => {
    const started = performance.now();
    for (const q of queries) lookup(q);
    return Math.round(((performance.now() - started) / queries.length) * 100) / 100;
  };
  const differing = queries.filter((q) => JSON.stringify(pgIndex.candidates(q.keys, q.window, 25)) !== JSON.stringify(sqliteIndex.candidates(q.keys, q.window, 25))).length;
  const result = {
    bench: 'pg-postings', events, postings: postings.length, queries: queries.length,
    msPerLookup: {
      postgresCapped: time((q) => pgIndex.candidates(q.keys, q.window, 25)),
      postgresUncapped: time((q) => uncapped([...new Set(q.keys)], q.window)),
      sqlite: time((q) => sqliteIndex.candidates(q.keys, q.window, 25)),
    },
    lookupsDifferingFromSqlite: differing,
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else console.log(`${events} events (${postings.length} postings), ${queries.length} lookups of ${queries[0]?.keys.length} keys: ` +
    `PostgreSQL capped ${result.msPerLookup.postgresCapped} ms, uncapped (migration 1) ${result.msPerLookup.postgresUncapped} ms, SQLite ${result.msPerLookup.sqlite} ms per lookup; ` +
    `${differing} lookups differ from SQLite`);
} finally {
  pg.close();
  db.close();
  drop();
}
