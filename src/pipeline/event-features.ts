import type { ArticleAnalysis, Mention, TimeExpression } from '../core/model.js';
import type { EventFeatures } from '../stages/events/index.js';
import { contentSentences, contentWordCount, salientTerms } from '../stages/fingerprint/index.js';
import type { Passage } from '../stages/passages/index.js';
import { namedMentions } from '../stages/entities/index.js';

/** Sentences at the top of an article where the news (and so the event date) is told. */
const LEAD_SENTENCES = 4;
/** Entity keys an event is retrieved and scored by; the rest are passing mentions. */
const ENTITY_LIMIT = 12;

/** What event features are built from: an analysed article, or the parts of one an evaluation has. */
export type FeatureSource = Pick<ArticleAnalysis, 'article' | 'sentences' | 'mentions' | 'timexes' | 'fingerprint'>;

/** What event clustering needs from one analysed article. */
export function eventFeatures(analysis: FeatureSource, duplicateOf: string | null): EventFeatures {
  const { article, mentions, fingerprint } = analysis;
  return {
    articleId: article.id,
    published: article.published ? article.published.value.slice(0, 10) : null,
    eventDate: leadEventDate(analysis),
    terms: fingerprint?.terms ?? [],
    ...rankedEntityKeys(mentions),
    title: article.title,
    duplicateOf,
    contentWords: contentWordCount(article, analysis.sentences),
  };
}

/**
 * The event features of one passage of a round-up: its own words, names and lead date,
 * under the article's id and publication day. The passage's heading, when it has one,
 * stands as its title.
 */
export function passageFeatures(analysis: FeatureSource, passage: Passage): EventFeatures {
  const { article } = analysis;
  const inside = (span: { start: number; end: number }) => span.start >= passage.start && span.end <= passage.end;
  const sentences = analysis.sentences.filter(inside);
  const heading = article.blocks[passage.firstBlock]?.kind === 'heading' ? article.blocks[passage.firstBlock]! : null;
  const content = contentSentences(article, sentences).filter((text) => heading === null || text !== article.text.slice(heading.start, heading.end));
  const title = heading ? article.text.slice(heading.start, heading.end) : '';
  const terms = salientTerms(title, content);
  return {
    articleId: article.id,
    published: article.published ? article.published.value.slice(0, 10) : null,
    eventDate: leadEventDate({ ...analysis, sentences, timexes: analysis.timexes.filter(inside) }),
    terms: terms.map((t) => t.term),
    ...rankedEntityKeys(analysis.mentions.filter(inside)),
    title: title || (content[0] ?? article.title),
    duplicateOf: null,
    contentWords: contentWordCount(article, sentences),
  };
}

/** The article's most mentioned entity and place keys (pronoun mentions repeat a name and do not count). */
function rankedEntityKeys(mentions: readonly Mention[]): Pick<EventFeatures, 'entityKeys' | 'placeKeys'> {
  const counts = new Map<string, { n: number; first: number; place: boolean }>();
  for (const mention of namedMentions(mentions)) {
    const entry = counts.get(mention.key) ?? { n: 0, first: mention.start, place: mention.type === 'place' };
    entry.n += 1;
    counts.set(mention.key, entry);
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).slice(0, ENTITY_LIMIT);
  return { entityKeys: ranked.filter(([, e]) => !e.place).map(([key]) => key), placeKeys: ranked.filter(([, e]) => e.place).map(([key]) => key) };
}

/**
 * Lead dates the dates stage is less sure of than this are skipped: a named past event
 * ("the Sept. 11 attacks", 0.5: its year is only a guess) is background to the news even
 * when the guess falls in the last few days. Day-precise dates in text score 0.8 or more.
 */
const MIN_CONFIDENCE = 0.6;
/** A lead date more than this many days before publication is background, not the news. */
const RECENT_DAYS = 10;
/** Publication stamps are often in another time zone than the event; allow a day after. */
const CLOCK_SLACK_DAYS = 1;
const DAY_MS = 86_400_000;

/**
 * The day the article's news happened: the first day-precise DATE in the lead sentences
 * that falls in the days just before publication. News reports what has happened, so a
 * future date in the lead ("the summit on June 27") is a plan, and an old one is
 * background; neither dates the event, nor does a date the text only guesses at. Null when no lead date qualifies (the events stage
 * then falls back to the publication day).
 */
export function leadEventDate(analysis: Pick<FeatureSource, 'article' | 'sentences' | 'timexes'>): string | null {
  const { article } = analysis;
  const lead = analysis.sentences
    .filter((s) => article.blocks[s.block]?.kind !== 'boilerplate' && article.blocks[s.block]?.kind !== 'title')
    .slice(0, LEAD_SENTENCES);
  const last = lead[lead.length - 1];
  if (!last) return null;
  const published = article.published ? Date.parse(article.published.value.slice(0, 10)) : NaN;
  for (const timex of analysis.timexes) {
    if (timex.end > last.end) break;
    const day = dayOf(timex);
    if (day === null || timex.confidence < MIN_CONFIDENCE) continue;
    if (Number.isNaN(published)) return day;
    const offset = (Date.parse(day) - published) / DAY_MS;
    if (offset <= CLOCK_SLACK_DAYS && offset >= -RECENT_DAYS) return day;
  }
  return null;
}

/** The ISO day of a DATE or TIME resolved to a calendar day (`2025-03-11`, `2025-03-11TEV`). */
function dayOf(timex: TimeExpression): string | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const match = /^(\d{4}-\d{2}-\d{2})(T.*)?$/.exec(timex.value);
  return match?.[1] ?? null;
}
