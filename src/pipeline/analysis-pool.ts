import { Worker } from 'node:worker_threads';
import type { Article, ArticleAnalysis } from '../core/model.js';
import type { Failure } from '../core/errors.js';
import type { LineStats } from '../stages/clean/index.js';

export type PoolRequest =
  | { readonly kind: 'stats'; readonly stats: LineStats }
  | { readonly kind: 'analyse'; readonly job: number; readonly articles: readonly Article[] };

export interface PoolReply {
  readonly job: number;
  readonly results: readonly (ArticleAnalysis | Failure)[];
}

interface Pending {
  readonly resolve: (results: readonly (ArticleAnalysis | Failure)[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Worker threads that analyse articles while the main thread assigns earlier ones to
 * copies, events and stories. Analysis is a pure function of the article and the line
 * statistics (`analyzeArticle`), so where it runs changes nothing in the result; the
 * corpus step stays on the main thread because it reads what the previous article wrote.
 * Groups go to the workers in turn; a worker answers in the order it was asked.
 */
export class AnalysisPool {
  private readonly pending = new Map<number, Pending>();
  private nextJob = 0;
  private failed: Error | null = null;

  private constructor(private readonly workers: readonly Worker[]) {
    for (const worker of workers) {
      worker.on('message', (reply: PoolReply) => {
        const waiting = this.pending.get(reply.job);
        this.pending.delete(reply.job);
        waiting?.resolve(reply.results);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`analysis worker exited with code ${code}`)));
    }
  }

  static open(size: number): AnalysisPool {
    return new AnalysisPool(Array.from({ length: Math.max(1, size) }, startWorker));
  }

  /** The statistics the cleaner uses for the articles sent from now on. */
  setStats(stats: LineStats): void {
    for (const worker of this.workers) worker.postMessage({ kind: 'stats', stats } satisfies PoolRequest);
  }

  /** The analyses (or per-article failures) of `articles`, in their order. Rejects if a worker died. */
  analyse(articles: readonly Article[]): Promise<readonly (ArticleAnalysis | Failure)[]> {
    if (this.failed) return Promise.reject(this.failed);
    const job = this.nextJob++;
    const worker = this.workers[job % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      worker.postMessage({ kind: 'analyse', job, articles } satisfies PoolRequest);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.failed ??= new Error('analysis pool closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/**
 * The compiled worker next to this file; from the TypeScript sources (tsx, vitest) the
 * worker is compiled on load by tsx, a development dependency.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const source = new URL('./analysis-worker.ts', import.meta.url).href;
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { eval: true });
  }
  return new Worker(new URL('./analysis-worker.js', import.meta.url));
}
