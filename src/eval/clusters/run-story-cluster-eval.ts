import { bcubed } from './bcubed.js';
import type { BCubedScore } from './bcubed.js';
import { clusterStories } from './cluster-stories.js';
import { readTimeline17 } from './read-timeline17.js';

export interface StoryClusterEvalOptions {
  /** The corpora folder holding `timelines/t17`, or the `t17` folder itself. */
  readonly corpus: string;
  /** Score only the first `limit` articles in date order (quick runs). */
  readonly limit?: number;
}

export interface StoryClusterEvalResult extends BCubedScore {
  readonly documents: number;
  readonly topics: number;
  readonly stories: number;
  readonly events: number;
  /** Stories holding at least 10 articles, and the share of articles they hold. */
  readonly largeStories: number;
  readonly inLargeStories: number;
  /** Per topic: its articles, the stories they fall in, and the share in its largest story. */
  readonly perTopic: readonly { readonly topic: string; readonly articles: number; readonly stories: number; readonly largestShare: number }[];
}

/**
 * Story clustering on Timeline17: the articles of every topic and outlet pooled, fed in
 * publication order (one day folder at a time) through the corpus stages, and scored with
 * BCubed against the topics (one topic = one long-running story). Throws
 * `EVAL_DATA_MISSING` when the corpus is absent.
 */
export function runStoryClusterEval(options: StoryClusterEvalOptions): StoryClusterEvalResult {
  const articles = readTimeline17(options.corpus).slice(0, options.limit ?? Infinity);
  const clustered = clusterStories(articles.map((a) => ({ id: a.id, outlet: a.outlet, published: a.day, text: a.text })));
  const gold = new Map(articles.map((a) => [a.id, a.topic]));
  const predicted = new Map(clustered.map((doc) => [doc.id, doc.storyId]));
  const sizes = new Map<string, number>();
  for (const story of predicted.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
  const large = [...sizes.values()].filter((n) => n >= 10);
  return {
    ...bcubed(gold, predicted),
    documents: articles.length,
    topics: new Set(gold.values()).size,
    stories: sizes.size,
    events: new Set(clustered.map((doc) => doc.eventId)).size,
    largeStories: large.length,
    inLargeStories: large.reduce((sum, n) => sum + n, 0) / Math.max(1, articles.length),
    perTopic: perTopic(gold, predicted),
  };
}

function perTopic(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>) {
  const byTopic = new Map<string, Map<string, number>>();
  for (const [id, topic] of gold) {
    const counts = byTopic.get(topic) ?? new Map<string, number>();
    const story = predicted.get(id) ?? id;
    counts.set(story, (counts.get(story) ?? 0) + 1);
    byTopic.set(topic, counts);
  }
  return [...byTopic].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([topic, counts]) => {
    const articles = [...counts.values()].reduce((sum, n) => sum + n, 0);
    return { topic, articles, stories: counts.size, largestShare: Math.max(...counts.values()) / articles };
  });
}
