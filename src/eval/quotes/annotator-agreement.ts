import type { AttributionRole, PolnearDocument } from './polnear-documents.js';
import { SpanTally, type SpanScore } from './span-metric.js';

export interface AgreementReport {
  /** Articles with two or more annotation files. */
  readonly articles: number;
  readonly roles: Readonly<Record<AttributionRole, SpanScore>>;
}

const ROLES: readonly AttributionRole[] = ['Source', 'Cue', 'Content'];

/**
 * How well PolNeAR's annotators agree with each other, in the metric the system is scored
 * by: for every article marked by several annotators, each annotator's spans are scored
 * against each other annotator's (all ordered pairs, micro-averaged). A system scored
 * against one annotator can hardly beat this, so it is the ceiling to read figures against.
 */
export function annotatorAgreement(documents: readonly PolnearDocument[]): AgreementReport {
  const byArticle = new Map<string, PolnearDocument[]>();
  for (const d of documents) byArticle.set(d.name, [...(byArticle.get(d.name) ?? []), d]);
  const tallies = new Map(ROLES.map((r) => [r, new SpanTally()]));
  let articles = 0;
  for (const copies of byArticle.values()) {
    if (copies.length < 2) continue;
    articles++;
    copies.forEach((gold, i) => copies.forEach((other, j) => {
      if (i !== j) for (const role of ROLES) tallies.get(role)!.add(gold.gold[role], other.gold[role]);
    }));
  }
  const roles = Object.fromEntries(ROLES.map((r) => [r, tallies.get(r)!.score()])) as Record<AttributionRole, SpanScore>;
  return { articles, roles };
}
