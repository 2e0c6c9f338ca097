import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createEngine } from '../../src/index.js';
import type { BuildResult, Engine, StoriesDocument } from '../../src/index.js';

export const DEMO_CORPUS = resolve(import.meta.dirname, '../../examples/demo-corpus');

export interface DemoBuild {
  readonly engine: Engine;
  readonly result: BuildResult;
  readonly doc: StoriesDocument;
}

let built: Promise<DemoBuild> | null = null;

/** Builds the bundled demo corpus once per test file into a temporary database. */
export function buildDemo(): Promise<DemoBuild> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-demo-'));
    const engine = await createEngine({ db: join(dir, 'demo.db') });
    const result = await engine.build([DEMO_CORPUS]);
    const doc = await engine.export();
    return { engine, result, doc };
  })();
  return built;
}
