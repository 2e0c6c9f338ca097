import { describe, expect, it } from 'vitest';
import { corpus, hasCorpus } from '../../../test/helpers/corpora.js';
import { runExtractionEval, type ExtractionEvalReport } from './index.js';
import { EXTRACTION_FLOORS } from './quality-floors.js';

/** One run per corpus, shared by the floors that read it. */
const runs = new Map<string, Promise<ExtractionEvalReport>>();
function report(name: string): Promise<ExtractionEvalReport> {
  let run = runs.get(name);
  if (run === undefined) {
    run = runExtractionEval({ corpus: corpus(`extraction/${name}`) });
    runs.set(name, run);
  }
  return run;
}

describe('quality gate: extraction (AEB, Dragnet)', () => {
  for (const [name, floor] of Object.entries(EXTRACTION_FLOORS)) {
    it.skipIf(!hasCorpus(`extraction/${floor.corpus}`))(`${name} stays at or above its floors`, async () => {
      const score = (await report(floor.corpus)).systems[0]?.[floor.against];
      expect(score?.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(score?.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(score?.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
