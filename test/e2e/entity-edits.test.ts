import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalEntity } from '../../src/stages/entities/index.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';
import { runCli } from '../helpers/run-cli.js';

describe('entity edits: aliases, merges and splits that survive rebuilds', () => {
  let corpus: string;
  let work: string;
  let db: string;

  const entities = async (): Promise<CanonicalEntity[]> => JSON.parse((await runCli('entities', '--db', db, '--json', '--limit', '500')).stdout) as CanonicalEntity[];
  const holding = (list: readonly CanonicalEntity[], name: string): CanonicalEntity | undefined => list.find((e) => e.aliases.includes(name) || e.name === name);

  beforeAll(async () => {
    corpus = join(writeMiniCorpus().dir, 'txt');
    work = mkdtempSync(join(tmpdir(), 'storyline-edits-'));
    db = join(work, 'news.db');
    await runCli('ingest', corpus, '--db', db);
  }, 60_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('lists canonical entities, most mentioned first', async () => {
    const list = await entities();
    expect(holding(list, 'River Tarn')).toBeDefined();
    expect(holding(list, 'River Tarn')?.id).not.toBe(holding(list, 'Kessel')?.id);
    const counts = list.map((e) => e.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('merge joins two entities at once and writes the edit beside the database', async () => {
    const before = await entities();
    const tarn = holding(before, 'River Tarn');
    const kessel = holding(before, 'Kessel');
    const run = await runCli('entities', 'merge', tarn?.id ?? '', 'Kessel', '--db', db);
    expect(run.code).toBe(0);
    expect(existsSync(join(work, 'news.entities.json'))).toBe(true);
    const merged = holding(await entities(), 'Kessel');
    expect(merged).toBeDefined();
    expect(merged?.aliases).toContain('River Tarn');
    expect([tarn?.id, kessel?.id]).toContain(merged?.id);
    expect(merged?.mentionCount).toBe((tarn?.mentionCount ?? 0) + (kessel?.mentionCount ?? 0));
  });

  it('keeps the merge through a rebuild from scratch', async () => {
    const run = await runCli('build', corpus, '--db', db, '--out', join(work, 'report'), '--fresh');
    expect(run.code).toBe(0);
    const list = await entities();
    expect(holding(list, 'Kessel')?.id).toBe(holding(list, 'River Tarn')?.id);
  });

  it('split takes a name back out, and the edits list shows both in order', async () => {
    expect((await runCli('entities', 'split', 'River Tarn', 'Kessel', '--db', db)).code).toBe(0);
    const list = await entities();
    expect(holding(list, 'Kessel')?.id).not.toBe(holding(list, 'River Tarn')?.id);
    const edits = JSON.parse((await runCli('entities', 'edits', '--db', db, '--json')).stdout) as { edits: { op: string }[] };
    expect(edits.edits.map((e) => e.op)).toEqual(['merge', 'split']);
  });

  it('a malformed edits file is a clear usage error that changes nothing', async () => {
    const file = join(work, 'broken.entities.json');
    writeFileSync(file, '{"version": 1, "edits": [{"op": "rename"}]}');
    const before = await entities();
    const run = await runCli('entities', 'alias', 'Brennick', 'Brenick', '--db', db, '--entity-edits', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.entities.json');
    expect(await entities()).toEqual(before);
    expect(readFileSync(file, 'utf8')).toContain('rename');
  });
});
