import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { freshTestSchema, TEST_POSTGRES_URL } from '../../src/store/postgres/test-database.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';
import { runCli } from '../helpers/run-cli.js';

// The same corpus built on PostgreSQL and on SQLite gives the same stories, to the byte.
describe.skipIf(!TEST_POSTGRES_URL)('a real PostgreSQL server as the store', () => {
  let corpus: string;
  let work: string;
  let schema: ReturnType<typeof freshTestSchema>;

  beforeAll(() => {
    corpus = writeMiniCorpus().dir;
    work = mkdtempSync(join(tmpdir(), 'storyline-pg-'));
    schema = freshTestSchema();
  });
  afterAll(() => {
    schema.drop();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('builds the same document as the embedded store', async () => {
    const onSqlite = await createEngine({ db: join(work, 'same.db') });
    const onPostgres = await createEngine({ db: schema.url });
    try {
      const a = await onSqlite.build([corpus]);
      const b = await onPostgres.build([corpus]);
      expect(b.added).toBe(a.added);
      expect(b.failures.map((f) => f.code)).toEqual(a.failures.map((f) => f.code));
      expect(await onPostgres.export()).toEqual(await onSqlite.export());
      expect((await onPostgres.search('levee')).map((h) => h.id).sort()).toEqual((await onSqlite.search('levee')).map((h) => h.id).sort());
    } finally {
      await onSqlite.close();
      await onPostgres.close();
    }
  }, 60_000);

  it('adds nothing on a second build, and starts over with --fresh from the CLI', async () => {
    const again = await runCli('ingest', corpus, '--db', schema.url, '--json');
    expect((JSON.parse(again.stdout) as { added: number }).added).toBe(0);
    const fresh = await runCli('build', corpus, '--db', schema.url, '--out', join(work, 'report'), '--fresh', '--json');
    expect((JSON.parse(fresh.stdout) as { added: number }).added).toBe(6);
  }, 60_000);
});
