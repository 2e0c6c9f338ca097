import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CanonicalEntity } from '../../stages/entities/index.js';
import { SqliteStore } from './sqlite-store.js';

const entity = (id: string, name: string, articleCount = 1): CanonicalEntity => ({
  id, name, type: 'person', keys: [name.toLowerCase()], aliases: [name], mentionCount: articleCount, articleCount,
});

describe('SqliteStore transactions', () => {
  it('runs a nested transaction as a savepoint: its failure undoes only its own writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-tx-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    await store.transaction(async () => {
      await store.setState('kept', 'outer');
      await store.transaction(async () => store.setState('first', 'committed'));
      await expect(
        store.transaction(async () => {
          await store.setState('second', 'rolled back');
          throw new Error('article failed');
        }),
      ).rejects.toThrow('article failed');
    });
    expect(await store.getState('kept')).toBe('outer');
    expect(await store.getState('first')).toBe('committed');
    expect(await store.getState('second')).toBeNull();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rolls back an outer transaction with everything nested in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-tx-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    await expect(
      store.transaction(async () => {
        await store.transaction(async () => store.setState('inner', 'x'));
        throw new Error('group failed');
      }),
    ).rejects.toThrow('group failed');
    expect(await store.getState('inner')).toBeNull();
    await store.transaction(async () => store.setState('after', 'y'));
    expect(await store.getState('after')).toBe('y');
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SqliteStore entities', () => {
  it('replaces the entity table: changed entities updated, missing ones removed, new ones added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-entities-'));
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    await store.saveEntities([entity('e_a', 'Anna Vell'), entity('e_b', 'Bo Lind')]);
    await store.saveEntities([entity('e_b', 'Bo Lind', 3), entity('e_c', 'Cara Moss')]);
    expect(await store.listEntities()).toEqual([entity('e_b', 'Bo Lind', 3), entity('e_c', 'Cara Moss')]);
    await store.saveEntities([entity('e_b', 'Bo Lind', 3), entity('e_c', 'Cara Moss')]);
    expect((await store.listEntities()).map((e) => e.id)).toEqual(['e_b', 'e_c']);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
