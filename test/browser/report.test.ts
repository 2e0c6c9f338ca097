import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/index.js';
import { startServer } from '../../src/http/server.js';
import { writeMiniCorpus } from '../helpers/mini-corpus.js';

// Debian's Chromium, installed by .ci/run; no browser is downloaded.
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

describe.skipIf(!haveChromium)('the web UI in headless Chromium', () => {
  let corpus: string;
  let work: string;
  let engine: Engine;
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    corpus = writeMiniCorpus().dir;
    work = mkdtempSync(join(tmpdir(), 'storyline-browser-'));
    engine = await createEngine({ db: join(work, 'ui.db') });
    await engine.build([corpus]);
    server = await startServer(engine, 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await engine?.close();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('follows a timeline citation to the highlighted sentence it cites', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    expect(await page.locator('h2').first().textContent()).toBe('Stories');
    const citation = page.locator('ol.timeline a.cite').first();
    const target = (await citation.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#a_[0-9a-f]{16}-\d+$/);
    await citation.click();
    expect(new URL(page.url()).hash).toBe(target);
    const cited = page.locator(':target');
    expect(await cited.getAttribute('class')).toMatch(/\bs\b/);
    const sentence = (await citation.evaluate((a) => a.parentElement?.textContent ?? '')).trim();
    expect(sentence).toContain((await cited.textContent())?.trim().slice(0, 40) ?? '<nothing>');
    await page.close();
  });

  it('opens an event to show why its articles were grouped', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const event = page.locator('section.story details').first();
    expect(await event.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await event.locator('summary').click();
    expect(await event.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await event.locator('p.small').first().textContent()).toContain('Articles:');
    await page.close();
  });
});
