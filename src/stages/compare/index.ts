import type { ArticleAnalysis, ArticleType } from '../../core/model.js';

export const COMPARE_STAGE = 'compare.outlets.v1';

export interface OutletCoverage {
  readonly outlet: string;
  readonly articles: number;
  /** Events this outlet reported on, in the order given. */
  readonly eventIds: readonly string[];
  /** Speakers this outlet quoted, most quoted first. */
  readonly speakers: readonly { readonly name: string; readonly quotes: number }[];
  /** Share of its sentences labelled opinion, 0..1. */
  readonly opinionShare: number;
  readonly articleTypes: Readonly<Partial<Record<ArticleType, number>>>;
  /** Articles that are copies of another outlet's article (syndication). */
  readonly syndicated: number;
}

export interface CompareInput {
  readonly eventId: string;
  readonly analysis: ArticleAnalysis;
  /** Set when the article copies another one. */
  readonly copyOf: string | null;
}

/** Per outlet: which events it covered, whom it quoted, how much of it is opinion. */
export function compareOutlets(inputs: readonly CompareInput[]): OutletCoverage[] {
  const byOutlet = new Map<string, CompareInput[]>();
  for (const input of inputs) {
    const outlet = input.analysis.article.outlet;
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), input]);
  }
  return [...byOutlet]
    .map(([outlet, members]) => coverage(outlet, members))
    .sort((a, b) => b.articles - a.articles || (a.outlet < b.outlet ? -1 : 1));
}

function coverage(outlet: string, members: readonly CompareInput[]): OutletCoverage {
  const eventIds = [...new Set(members.map((m) => m.eventId))];
  const speakers = new Map<string, number>();
  const types: Partial<Record<ArticleType, number>> = {};
  let sentences = 0;
  let opinion = 0;
  for (const { analysis } of members) {
    for (const quote of analysis.quotes) {
      if (quote.speakerName) speakers.set(quote.speakerName, (speakers.get(quote.speakerName) ?? 0) + 1);
    }
    for (const label of analysis.sentenceLabels) {
      if (label === 'boilerplate') continue;
      sentences += 1;
      if (label === 'opinion') opinion += 1;
    }
    types[analysis.articleType] = (types[analysis.articleType] ?? 0) + 1;
  }
  return {
    outlet,
    articles: members.length,
    eventIds,
    speakers: [...speakers].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name, quotes]) => ({ name, quotes })),
    opinionShare: sentences === 0 ? 0 : Math.round((opinion / sentences) * 1000) / 1000,
    articleTypes: types,
    syndicated: members.filter((m) => m.copyOf !== null).length,
  };
}
