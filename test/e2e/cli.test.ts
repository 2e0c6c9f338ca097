import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';
import { runCli } from '../helpers/run-cli.js';

describe('the storyline CLI', () => {
  let corpus: string;
  let work: string;
  let db: string;
  let storyId: string;

  beforeAll(async () => {
    corpus = writeMiniCorpus().dir;
    work = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
    db = join(work, 'cli.db');
  });
  afterAll(() => {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('build writes the report and exits 3 because some inputs failed', async () => {
    const out = join(work, 'report');
    const run = await runCli('build', corpus, '--db', db, '--out', out);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Added 6 articles');
    expect(run.stdout).toContain('GZIP_CORRUPT');
    expect(run.stdout).toContain(`Report: ${join(out, 'index.html')}`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h2 id="articles">Articles</h2>');
    expect(JSON.parse(readFileSync(join(out, 'stories.json'), 'utf8')).schemaVersion).toBe(1);
  });

  it('stories --json lists stories as parseable JSON', async () => {
    const run = await runCli('stories', '--db', db, '--json');
    expect(run.code).toBe(0);
    const stories = JSON.parse(run.stdout) as { id: string; events: number }[];
    expect(stories.length).toBeGreaterThan(0);
    storyId = stories[0]?.id ?? '';
    expect(storyId).toMatch(/^st_/);
  });

  it('show --why explains the grouping', async () => {
    const run = await runCli('show', storyId, '--db', db, '--why');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Events:');
    expect(run.stdout).toMatch(/why: /);
    expect(run.stdout).toMatch(/in this story \(story\.create, score 0\): new story/);
    const json = JSON.parse((await runCli('show', storyId, '--db', db, '--why', '--json')).stdout) as { links: { kind: string }[] };
    expect(json.links.map((l) => l.kind)).toContain('story.create');
  });

  it('timeline prints markdown with citations, or JSON', async () => {
    const md = await runCli('timeline', storyId, '--db', db);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## 2025-02-0\d/m);
    expect(md.stdout).toMatch(/\[\^1\]: a_[0-9a-f]{16}, characters \d+–\d+/);
    const json = await runCli('timeline', storyId, '--db', db, '--format', 'json');
    expect((JSON.parse(json.stdout) as { timeline: unknown[] }).timeline.length).toBeGreaterThan(0);
  });

  it('search filters by outlet, entity and date', async () => {
    const byOutlet = JSON.parse((await runCli('search', 'levee', '--db', db, '--outlet', 'Valley Post', '--json')).stdout) as { outlet: string }[];
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(byOutlet.every((h) => h.outlet === 'Valley Post')).toBe(true);
    const byDate = JSON.parse((await runCli('search', '--db', db, '--from', '2025-06-01', '--json')).stdout) as { published: string }[];
    expect(byDate.length).toBe(2);
    const byEntity = JSON.parse((await runCli('search', '--db', db, '--entity', 'Ilsa Dorn', '--json')).stdout) as unknown[];
    expect(byEntity.length).toBeGreaterThanOrEqual(4);
  });

  it('export writes CSV with one row per article', async () => {
    const file = join(work, 'articles.csv');
    const run = await runCli('export', '--db', db, '--format', 'csv', '--out', file);
    expect(run.code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,outlet,title/);
    expect(lines).toHaveLength(7);
  });

  it('exits 4 for an unknown story and 2 for a bad option', async () => {
    expect((await runCli('show', 'st_nope', '--db', db)).code).toBe(4);
    const bad = await runCli('search', 'x', '--db', db, '--from', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from must be a date');
    const badWorkers = await runCli('ingest', corpus, '--db', db, '--workers', 'many');
    expect(badWorkers.code).toBe(2);
    expect(badWorkers.stderr).toContain('--workers must be a whole number or "auto"');
  });

  it('accepts a worker count, and starts no worker when nothing is new', async () => {
    const run = await runCli('ingest', corpus, '--db', db, '--workers', '1', '--json');
    const result = JSON.parse(run.stdout) as { added: number; unchanged: number; workers: number };
    expect(result.unchanged).toBe(6);
    // Nothing new to analyse, so no worker was started.
    expect(result.workers).toBe(0);
  });

  it('eval exits 5 when the corpus is missing, and 2 for a split it does not know', async () => {
    const run = await runCli('eval', 'extraction', '--corpus', join(work, 'no-such-corpus'));
    expect(run.code).toBe(5);
    const badSplit = await runCli('eval', 'coref', '--split', 'sideways', '--corpus', join(work, 'no-such-corpus'));
    expect(badSplit.code).toBe(2);
    expect(badSplit.stderr).toContain('sideways');
  });

  it('extract prints clean text without touching a database', async () => {
    const run = await runCli('extract', join(corpus, 'txt', 'flood-herald.txt'), '--format', 'json');
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { articles: { title: string; text: string }[] };
    expect(parsed.articles[0]?.title).toBe('River Tarn floods the old quarter of Brennick');
  });
});

describe('storyline timeline on a folder (no database)', () => {
  it('writes the standard timeline format with the requested dates', async () => {
    const corpus = writeMiniCorpus().dir;
    try {
      const run = await runCli('timeline', join(corpus, 'txt'), '--dates', '2', '--sentences', '1');
      expect(run.code).toBe(0);
      const dates = run.stdout.split('\n').filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line));
      expect(dates).toHaveLength(2);
      expect(run.stdout).toContain('-'.repeat(32));
      const json = JSON.parse((await runCli('timeline', join(corpus, 'txt'), '--dates', '2', '--format', 'json')).stdout) as { timeline: { sentences: { citation: { articleId: string } }[] }[] };
      expect(json.timeline[0]?.sentences[0]?.citation.articleId).toMatch(/^a_/);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});
