import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.js';
import { LIBRARY_REPORT, ROUND_UP, STRIKE_REPORT } from '../../src/stages/passages/round-up-fixture.js';

/** A plain-text input with the header block the text reader takes metadata from. */
function textFile(dir: string, name: string, fixture: { title: string; published: string; text: string }): string {
  const path = join(dir, name);
  writeFileSync(path, `title: ${fixture.title}\npublished: ${fixture.published}\noutlet: Harbour Herald\n\n${fixture.text}\n`);
  return path;
}

describe('round-ups: articles that tell several happenings', () => {
  let dir: string;
  let engine: Engine;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storyline-roundups-'));
    engine = await createEngine({ db: join(dir, 'db.sqlite') });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('places a round-up read before any report by its lead item, and links its other items once their reports arrive', async () => {
    // One run, the round-up first: its library item has no event until the library report is read.
    await engine.build([textFile(dir, '1-roundup.txt', ROUND_UP), textFile(dir, '2-strike.txt', STRIKE_REPORT), textFile(dir, '3-library.txt', LIBRARY_REPORT)]);
    const [roundUp, strike, library] = await Promise.all(
      [ROUND_UP, STRIKE_REPORT, LIBRARY_REPORT].map(async (f) => (await engine.store.listArticles()).find((a) => a.title === f.title)!.id),
    );
    const eventOf = async (id: string) => engine.store.eventOfArticle(id);
    expect(await eventOf(roundUp!)).toBe(await eventOf(strike!));

    const passages = await engine.store.listPassages({ articleId: roundUp! });
    expect(passages.map((p) => [p.firstBlock, p.lastBlock])).toEqual([[0, 1], [2, 3], [4, 4]]);
    expect(passages[0]!.eventId).toBe(await eventOf(strike!));
    expect(passages[1]!.eventId).toBe(await eventOf(library!));
    expect(passages[1]!.why.join(' ')).toMatch(/shared entities: .*ilse varga/);
    // Nothing else reports the blossom: that passage stays unlinked rather than forced into an event.
    expect(passages[2]!.eventId).toBeNull();
    expect((await engine.store.clusterLog(passages[1]!.eventId!)).map((l) => l.kind)).toContain('passage.link');
  });

  it('shows the passage under the event it tells, citing the round-up\'s text', async () => {
    const doc = await engine.export();
    const libraryEvent = doc.stories.flatMap((s) => s.events).find((e) => e.title === LIBRARY_REPORT.title)!;
    const roundUp = doc.articles.find((a) => a.title === ROUND_UP.title)!;
    expect(libraryEvent.passages).toHaveLength(1);
    const [p] = libraryEvent.passages;
    expect(p!.articleId).toBe(roundUp.id);
    expect(roundUp.text.slice(p!.start, p!.end)).toMatch(/^In Velmora, the city library reopened/);
    expect(roundUp.passages.map((x) => x.eventId)).toEqual([roundUp.eventId, libraryEvent.id, null]);
  });

  it('marks the round-up in the report and lists each item with the event it tells', async () => {
    const { html } = await engine.writeReport(join(dir, 'out'));
    const page = readFileSync(html, 'utf8');
    expect(page.match(/badge roundup/g)).toHaveLength(1);
    const block = /<div class="passages small">(.*?)<\/div>/s.exec(page)?.[1] ?? '';
    expect(block).toContain(`>${LIBRARY_REPORT.title}</a>`);
    expect(block).toContain('not linked to any event');
  });

  it('shows one event with what tied each article to it and the round-up passages that tell it', async () => {
    const doc = await engine.export();
    const libraryEvent = doc.stories.flatMap((s) => s.events).find((e) => e.title === LIBRARY_REPORT.title)!;
    const shown = await engine.event(libraryEvent.id);
    expect(shown.members.map((m) => m.articleId).sort()).toEqual([...libraryEvent.articleIds].sort());
    expect(shown.event.passages[0]!.why.join(' ')).toMatch(/shared entities: .*ilse varga/);
    await expect(engine.event('ev_0000000000000000')).rejects.toThrow(/no event with id/);
  });
});

