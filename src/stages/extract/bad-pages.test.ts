import { describe, expect, it } from 'vitest';
import { isFailure } from '../../core/errors.js';
import type { RawDocument } from '../../core/model.js';
import { MAX_HTML_CHARS } from './html-tree.js';
import { extractArticle, extractHtml } from './index.js';

/**
 * Hostile and broken pages: each must come back as a Failure or a low-confidence result,
 * never a throw or a hang. Time is bounded by the vitest timeout only (generous, so a busy
 * CI machine does not fail them); memory by the parser's caps (MAX_HTML_CHARS, depth).
 */
const BAD_PAGE_TIMEOUT = 60_000;

function doc(body: string): RawDocument {
  return { sourceHash: 'f'.repeat(64), locator: 'bad.html', format: 'html', kind: 'html', body, encoding: 'utf-8', hints: {} };
}

/** Failure, or an article the engine itself doubts. */
function failsOrDoubts(body: string, below = 0.8): boolean {
  const result = extractArticle(doc(body));
  return isFailure(result) || result.extraction.confidence < below;
}

const SENTENCE = 'The Fenwick ferry sailed on time on Friday, the operator said, after a week of storms at sea.';

/** Deterministic pseudo-random bytes (a linear congruential generator), so the test is stable. */
function garbageBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('bad pages finish with a Failure or a doubtful result', () => {
  it('20 MB of paragraphs: cut at the size cap, less confident than the same story uncut', () => {
    const huge = `<html><body><article>${`<p>${SENTENCE}</p>`.repeat(200_000)}</article></body></html>`;
    expect(huge.length).toBeGreaterThan(20_000_000);
    const result = extractHtml(huge);
    expect(result.text.length).toBeGreaterThan(1_000_000);
    expect(result.text.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
    const small = extractHtml(`<html><body><article>${`<p>${SENTENCE}</p>`.repeat(50)}</article></body></html>`);
    expect(result.confidence).toBeLessThan(small.confidence);
  }, BAD_PAGE_TIMEOUT);

  it('a million tiny elements', () => {
    expect(failsOrDoubts(`<body><div>${'<span>a</span>'.repeat(1_000_000)}</div></body>`)).toBe(true);
  }, BAD_PAGE_TIMEOUT);

  it.each([
    // Unbounded, 200,000 unclosed elements cost htmlparser2 about 14 s.
    ['unclosed <div>s', `${'<div>'.repeat(200_000)}<p>${SENTENCE.repeat(20)}</p>`],
    ['closed nested <div>s', `${'<div>'.repeat(100_000)}<p>${SENTENCE.repeat(20)}</p>${'</div>'.repeat(100_000)}`],
    ['nested inline tags', `<body><p>${'<b>'.repeat(100_000)}${SENTENCE.repeat(20)}${'</b>'.repeat(100_000)}</p></body>`],
  ])('deeply nested markup: %s', (_what, body) => {
    expect(failsOrDoubts(body)).toBe(true);
  }, BAD_PAGE_TIMEOUT);

  it('truncated inside a tag: keeps the complete paragraphs before the cut', () => {
    const cut = `<html><head><title>Ferry back</title></head><body><article>${`<p>${SENTENCE}</p>`.repeat(8)}<p>Cut in the mid<a href="https://fenw`;
    const result = extractArticle(doc(cut));
    if (isFailure(result)) throw new Error(`unexpected failure ${result.code}`);
    expect(result.text).toContain(SENTENCE);
    expect(result.text).not.toContain('fenw');
  });

  it.each([
    ['an unclosed comment', `<html><body><article><p>Ferry news.</p><!-- start of ${'x'.repeat(100_000)}`],
    ['an unclosed script', `<html><head><script>var a = "${'y'.repeat(200_000)}`],
    ['an unclosed attribute', `<body><div class="a${' lorem ipsum dolor'.repeat(300_000)}`],
  ])('truncated inside %s', (_what, body) => {
    expect(failsOrDoubts(body, 0.5)).toBe(true);
  }, BAD_PAGE_TIMEOUT);

  it.each([
    ['raw bytes read as Latin-1', garbageBytes(2_000_000, 7).toString('latin1')],
    ['raw bytes read as UTF-8', garbageBytes(2_000_000, 11).toString('utf8')],
    ['a base64 blob', garbageBytes(3_000_000, 13).toString('base64')],
  ])('binary garbage: %s', (_what, body) => {
    expect(failsOrDoubts(body, 0.5)).toBe(true);
  }, BAD_PAGE_TIMEOUT);
});
