import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, formatFromContentType } from './fetch-url.js';

// A local server on 127.0.0.1 stands in for the web: the tests never leave the machine.
describe('fetchUrl', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/story') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1252' });
        response.end(Buffer.from('<html><body><p>Caf\xe9 reopens.</p></body></html>', 'latin1'));
      } else if (request.url === '/feed') {
        response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        response.end('<rss><channel><title>Lune Daily</title><item><title>A</title><description>Body.</description></item></channel></rss>');
      } else if (request.url === '/huge') {
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        response.write('x'.repeat(3000));
        response.end('y'.repeat(3000));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2000);
      } else {
        response.writeHead(404, 'Not Found');
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page using the charset of its Content-Type, with the URL as hint', async () => {
    const read = await fetchUrl(`${base}/story`);
    expect(read.failures).toEqual([]);
    expect(read.locator).toBe(`${base}/story`);
    expect(read.documents[0]).toMatchObject({ format: 'html', encoding: 'windows-1252 (http)', hints: { url: `${base}/story` } });
    expect(read.documents[0]?.body).toContain('Café reopens.');
  });

  it('picks the format from the content type', async () => {
    const read = await fetchUrl(`${base}/feed`);
    expect(read.documents[0]).toMatchObject({ format: 'feed', locator: `${base}/feed#item=1`, hints: { outlet: 'Lune Daily' } });
  });

  it('reports HTTP errors, timeouts and bad URLs as FETCH_FAILED', async () => {
    const missing = await fetchUrl(`${base}/missing`);
    expect(missing.failures[0]).toMatchObject({ code: 'FETCH_FAILED', stage: 'ingest.url' });
    expect(missing.failures[0]?.message).toMatch(/server answered 404/);
    expect((await fetchUrl(`${base}/slow`, { timeoutMs: 100 })).failures[0]?.code).toBe('FETCH_FAILED');
    expect((await fetchUrl('not a url')).failures[0]?.code).toBe('FETCH_FAILED');
  });

  it('stops reading a body without Content-Length once it passes maxBytes', async () => {
    const read = await fetchUrl(`${base}/huge`, { maxBytes: 1000 });
    expect(read.failures[0]?.message).toMatch(/over the limit of 1000 bytes/);
    expect(read.blob).toBeNull();
  });

  it('maps content types to formats', () => {
    expect(formatFromContentType('application/atom+xml; charset=utf-8')).toBe('feed');
    expect(formatFromContentType('text/plain')).toBeNull();
  });
});
