import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Engine } from '../engine.js';
import { createApp } from './app.js';

/**
 * Serves the app on a Node HTTP server: adapts IncomingMessage → Request and Response →
 * ServerResponse. Port 0 picks a free port (see `server.address()`).
 */
export function startServer(engine: Engine, port: number, host = '127.0.0.1'): Promise<Server> {
  const app = createApp(engine);
  const server = createServer((req, res) => {
    void handle(app, req, res, host, port).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

async function handle(app: (r: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse, host: string, port: number): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : Buffer.concat(chunks);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const response = await app(new Request(`http://${host}:${port}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
