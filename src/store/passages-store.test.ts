import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventFeatures } from '../stages/events/index.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { freshTestSchema, TEST_POSTGRES_URL } from './postgres/test-database.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { PassageRecord, Store } from './store.js';

const features = (articleId: string, title: string): EventFeatures => ({
  articleId, published: '2024-05-14', eventDate: null, terms: ['strike', 'port'], entityKeys: ['mara ostrowe'], placeKeys: ['halvik'], title, duplicateOf: null,
});

const passage = (index: number, eventId: string | null, start: number): PassageRecord => ({
  articleId: 'a_roundup', index, firstBlock: index * 2, lastBlock: index * 2 + 1, start, end: start + 100,
  features: features('a_roundup', `item ${index}`), eventId, score: eventId === null ? 0 : 0.5, why: eventId === null ? [] : ['shared entities: mara ostrowe'],
});

/** The passage table behaves the same on both stores. */
function passageContract(open: () => Store): void {
  it('lists passages by event, by article, and those still unlinked (the lead too: another passage may have placed the article)', async () => {
    const store = open();
    await store.savePassages('a_roundup', [passage(0, null, 0), passage(1, 'ev_strike', 102), passage(2, null, 204)]);
    await store.savePassages('a_other', []);
    expect((await store.listPassages({ articleId: 'a_roundup' })).map((p) => p.index)).toEqual([0, 1, 2]);
    expect(await store.listPassages({ eventId: 'ev_strike' })).toEqual([passage(1, 'ev_strike', 102)]);
    expect((await store.listPassages({ unlinked: true })).map((p) => p.index)).toEqual([0, 2]);
    await store.close();
  });

  it('links a passage later, and saving again replaces an article\'s passages', async () => {
    const store = open();
    await store.savePassages('a_roundup', [passage(0, 'ev_lead', 0), passage(1, null, 102)]);
    await store.setPassageEvent('a_roundup', 1, { eventId: 'ev_library', score: 0.41, why: ['shared terms: library'] });
    const [linked] = await store.listPassages({ eventId: 'ev_library' });
    expect(linked).toMatchObject({ index: 1, score: 0.41, why: ['shared terms: library'], features: features('a_roundup', 'item 1') });
    await store.savePassages('a_roundup', [passage(0, 'ev_lead', 0)]);
    expect(await store.listPassages({ articleId: 'a_roundup' })).toHaveLength(1);
    expect(await store.listPassages({ eventId: 'ev_library' })).toEqual([]);
    await store.close();
  });
}

describe('passages on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-passages-'));
  let n = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  passageContract(() => new SqliteStore(join(dir, `store-${n++}.db`)));
});

describe.skipIf(!TEST_POSTGRES_URL)('passages on PostgreSQL', () => {
  const drops: (() => void)[] = [];
  afterAll(() => drops.forEach((drop) => drop()));
  passageContract(() => {
    const schema = freshTestSchema();
    drops.push(schema.drop);
    return new PostgresStore(schema.url);
  });
});
