import { EXTRACT_STAGE } from '../stages/extract/index.js';
import { CLEAN_STAGE } from '../stages/clean/index.js';
import { SEGMENT_STAGE } from '../stages/segment/index.js';
import { DATES_STAGE } from '../stages/dates/index.js';
import { ENTITIES_STAGE } from '../stages/entities/index.js';
import { QUOTES_STAGE } from '../stages/quotes/index.js';
import { STANCE_STAGE } from '../stages/stance/index.js';
import { FINGERPRINT_STAGE } from '../stages/fingerprint/index.js';
import { DEDUPE_STAGE } from '../stages/dedupe/index.js';
import { EVENTS_STAGE } from '../stages/events/index.js';
import { PASSAGES_STAGE } from '../stages/passages/index.js';
import { STORIES_STAGE } from '../stages/stories/index.js';
import { StorylineError } from '../core/errors.js';

/** A stage as the pipeline sees it: a versioned name and what it reads and adds. */
export interface StageSpec {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
}

/** The stage order. Each stage's `requires` must be provided by an earlier stage. */
export const STAGES: readonly StageSpec[] = [
  { name: 'extract', version: EXTRACT_STAGE, requires: ['raw'], provides: ['article', 'blocks', 'metadata'] },
  { name: 'clean', version: CLEAN_STAGE, requires: ['blocks'], provides: ['boilerplate'] },
  { name: 'segment', version: SEGMENT_STAGE, requires: ['blocks'], provides: ['sentences'] },
  { name: 'dates', version: DATES_STAGE, requires: ['sentences', 'boilerplate', 'metadata'], provides: ['published', 'timexes'] },
  { name: 'entities', version: ENTITIES_STAGE, requires: ['sentences', 'boilerplate'], provides: ['mentions'] },
  { name: 'quotes', version: QUOTES_STAGE, requires: ['sentences', 'mentions'], provides: ['quotes'] },
  { name: 'stance', version: STANCE_STAGE, requires: ['sentences', 'quotes', 'boilerplate'], provides: ['labels', 'article-type'] },
  { name: 'fingerprint', version: FINGERPRINT_STAGE, requires: ['sentences', 'boilerplate'], provides: ['fingerprint'] },
  { name: 'dedupe', version: DEDUPE_STAGE, requires: ['fingerprint', 'published'], provides: ['copies'] },
  // Round-ups are split before events so one of their passages can place them; the others are linked once the events exist.
  { name: 'passages', version: PASSAGES_STAGE, requires: ['copies', 'sentences', 'mentions', 'timexes'], provides: ['passages'] },
  { name: 'events', version: EVENTS_STAGE, requires: ['copies', 'timexes', 'mentions', 'fingerprint', 'passages'], provides: ['events'] },
  { name: 'stories', version: STORIES_STAGE, requires: ['events'], provides: ['stories'] },
];

/** Fails at start-up, not mid-run, when a stage would read something nothing before it wrote. */
export function checkStageOrder(stages: readonly StageSpec[] = STAGES): void {
  const available = new Set<string>(['raw']);
  for (const stage of stages) {
    const missing = stage.requires.filter((need) => !available.has(need));
    if (missing.length > 0) {
      throw new StorylineError('CONFIG_INVALID', `stage ${stage.name} needs ${missing.join(', ')}, which no earlier stage provides`);
    }
    for (const given of stage.provides) available.add(given);
  }
}

/** Stage name → versioned id, recorded with every run. */
export function stageVersions(stages: readonly StageSpec[] = STAGES): Record<string, string> {
  return Object.fromEntries(stages.map((s) => [s.name, s.version]));
}
