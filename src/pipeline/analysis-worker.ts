// A worker thread of the analysis pool (see analysis-pool.ts): holds the chunk's line
// statistics and analyses the groups of articles it is sent, in the order sent.
import { parentPort } from 'node:worker_threads';
import type { LineStats } from '../stages/clean/index.js';
import { analyseSafely } from './analyse-safely.js';
import type { PoolRequest, PoolReply } from './analysis-pool.js';

let stats: LineStats = { outlets: {} };

parentPort?.on('message', (request: PoolRequest) => {
  if (request.kind === 'stats') {
    stats = request.stats;
    return;
  }
  const reply: PoolReply = { job: request.job, results: request.articles.map((article) => analyseSafely(article, stats)) };
  parentPort?.postMessage(reply);
});
