import { collectSentences } from './collect-sentences.js';
import { rankDates } from './rank-dates.js';
import { inverseFrequencies, summariseDate } from './summarise-date.js';
import type { CandidateSentence, DatedArticle, TimelineEntry, TimelineOptions } from './types.js';

// Sentences outside this many words are headlines, captions or run-ons, rarely good entries
// (gold timeline sentences in T17 are mostly 10–40 words).
const MIN_WORDS = 6;
const MAX_WORDS = 50;

/**
 * DATEWISE-style timeline (Ghalandari & Ifrim 2020) without supervision: rank days by how many
 * articles mention them and publish on them, keep the top `dates`, then summarise each day from
 * the sentences that name it plus the sentences of articles published on it.
 */
export function generateTimeline(articles: readonly DatedArticle[], options: TimelineOptions): TimelineEntry[] {
  return timelineFromSentences(collectSentences(articles), options);
}

/**
 * The same from sentences already collected (`collectSentences`), so several timelines over
 * one article set (the benchmark's one task per gold timeline) analyse each article once.
 */
export function timelineFromSentences(sentences: readonly CandidateSentence[], options: TimelineOptions): TimelineEntry[] {
  const days = rankDates(sentences, options.from, options.to).slice(0, options.dates).map((d) => d.date);
  const chosen = new Set(days);
  const candidates = new Map<string, CandidateSentence[]>(days.map((d) => [d, []]));
  for (const sentence of sentences) {
    const words = sentence.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    const targets = new Set(sentence.mentions.filter((d) => chosen.has(d)));
    if (sentence.mentions.length === 0 && chosen.has(sentence.published)) targets.add(sentence.published);
    for (const day of targets) candidates.get(day)?.push(sentence);
  }
  const idf = inverseFrequencies(sentences);
  return [...days].sort().map((date) => ({
    date,
    sentences: summariseDate(candidates.get(date) ?? [], options.sentences, idf).map((s) => ({
      text: s.text,
      citation: { articleId: s.articleId, start: s.start, end: s.end },
    })),
  }));
}
