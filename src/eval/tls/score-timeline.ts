import { alignManyToOne, type AlignedRouge } from './align-many-to-one.js';
import { dateF1 } from './date-f1.js';
import type { RougeResources } from './rouge-resources.js';
import type { PrF } from './rouge-n.js';
import type { Timeline } from './timeline.js';

export interface TimelineScores {
  /** align+ many-to-one ROUGE-1 and ROUGE-2 (AR1, AR2). */
  readonly align: AlignedRouge;
  readonly date: PrF;
}

/** Everything the news-tls protocol reports for one predicted timeline against its gold. */
export function scoreTimeline(predicted: Timeline, references: readonly Timeline[], resources: RougeResources): TimelineScores {
  return { align: alignManyToOne(predicted, references, resources), date: dateF1(predicted, references) };
}
