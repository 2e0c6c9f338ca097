import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { replacePostings, type PostingTable } from './replace-postings.js';
import { StatementCache } from './statement-cache.js';

const EVENTS: PostingTable = { table: 'event_postings', owner: 'event_id', days: ['last_seen', 'first_seen'] };

describe('replacePostings', () => {
  const db = openDatabase(':memory:');
  const sql = new StatementCache(db);
  const rows = (id: string): unknown[] => db.prepare('SELECT key, last_seen, first_seen FROM event_postings WHERE event_id = ? ORDER BY key').all(id);

  it('leaves exactly the new keys under the new days, whatever was stored', () => {
    const steps: [string[], string[]][] = [
      [['t:port', 'e:ana'], ['2024-03-04', '2024-03-04']],
      [['t:port', 'e:ana', 't:strike'], ['2024-03-04', '2024-03-04']],
      [['t:strike', 'e:bea'], ['2024-03-04', '2024-03-04']],
      [['t:strike', 'e:bea', 't:talks'], ['2024-03-05', '2024-03-04']],
      [['t:talks', 't:talks'], ['2024-03-05', '2024-03-03']],
    ];
    for (const [keys, days] of steps) {
      replacePostings(sql, EVENTS, 'ev_1', days, keys);
      const expected = [...new Set(keys)].sort().map((key) => ({ key, last_seen: days[0], first_seen: days[1] }));
      expect(rows('ev_1')).toEqual(expected);
    }
  });

  it('touches no other record', () => {
    replacePostings(sql, EVENTS, 'ev_2', ['2024-03-04', '2024-03-04'], ['t:port']);
    replacePostings(sql, EVENTS, 'ev_1', ['2024-03-06', '2024-03-04'], []);
    expect(rows('ev_1')).toEqual([]);
    expect(rows('ev_2')).toEqual([{ key: 't:port', last_seen: '2024-03-04', first_seen: '2024-03-04' }]);
  });
});
