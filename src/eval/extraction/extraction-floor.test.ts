import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractionEval } from './index.js';
import { EXTRACTION_FLOORS } from './quality-floors.js';

const CORPORA = path.resolve(process.cwd(), '../shared/corpora/extraction');

describe('extraction quality gate (skipped without the development corpora)', () => {
  for (const [name, floor] of Object.entries(EXTRACTION_FLOORS)) {
    const dir = path.join(CORPORA, name);
    it.skipIf(!existsSync(dir))(`${name} stays at or above its floors`, async () => {
      const report = await runExtractionEval({ corpus: dir });
      const score = report.systems[0]?.score;
      expect(score?.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(score?.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(score?.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
