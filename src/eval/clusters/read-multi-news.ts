import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { StorylineError } from '../../core/errors.js';

const ClusterSchema = z.object({ cluster: z.union([z.number(), z.string()]), documents: z.array(z.string()) });

export interface GoldCluster {
  readonly cluster: string;
  readonly documents: readonly string[];
}

/** Clusters of a Multi-News JSONL file (`{cluster, documents[], summary}` per line). */
export function readMultiNews(path: string): GoldCluster[] {
  if (!existsSync(path)) throw new StorylineError('EVAL_DATA_MISSING', `no corpus at ${path}`, { path });
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = ClusterSchema.parse(JSON.parse(line));
      return { cluster: String(row.cluster), documents: row.documents };
    });
}
