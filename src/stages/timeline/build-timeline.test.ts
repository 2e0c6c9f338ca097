import { describe, expect, it } from 'vitest';
import { citationHolds } from '../../core/citations.js';
import type { ArticleAnalysis, ArticleType, PublicationTime, SentenceLabel } from '../../core/model.js';
import { findTimeExpressions } from '../dates/index.js';
import { buildTimeline, type DatedGroup } from './index.js';

/**
 * A fictional article as the pipeline would analyse it: one paragraph block per sentence, its
 * time expressions found by the dates stage, labels `reporting` unless given.
 */
function analysis(id: string, published: string | null, sentences: readonly string[], options: { type?: ArticleType; labels?: readonly SentenceLabel[]; title?: string } = {}): ArticleAnalysis {
  const text = sentences.join('\n\n');
  let offset = 0;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 2;
    return span;
  });
  const time: PublicationTime | null = published ? { value: published, precision: 'day', provenance: 'input', confidence: 1 } : null;
  return {
    article: {
      id, sourceHash: id, locator: `${id}.txt`, format: 'text', outlet: 'Test Outlet', url: null, canonicalUrl: null,
      title: options.title ?? `Report ${id}`, authors: [], modified: null, language: 'en', section: null, text,
      blocks: spans.map((s) => ({ ...s, kind: 'paragraph' as const })),
      published: time,
      extraction: { method: 'text.v1', confidence: 0.9 }, extra: {},
    },
    sentences: spans.map((s, block) => ({ ...s, block })),
    timexes: findTimeExpressions(text, spans, time), mentions: [], quotes: [],
    sentenceLabels: spans.map((_, i) => options.labels?.[i] ?? 'reporting'),
    articleType: options.type ?? 'news',
    fingerprint: null,
  };
}

// A fictional story: a ferry runs aground off Lantern Point; an inquiry follows; one report is undated.
const grounding = analysis('a_grounding', '2032-08-02', [
  'The ferry Marisol ran aground on a sandbank off Lantern Point on Monday with 140 passengers aboard.',
  'Coastguard boats took every passenger ashore to the harbour at Wenlow within four hours.',
]);
const grounding2 = analysis('a_grounding2', '2032-08-03', [
  'Salvage crews began pumping fuel out of the stranded ferry Marisol off Lantern Point on Tuesday.',
  'The operator said the Marisol ran aground on Monday after a steering failure in heavy fog.',
]);
const column = analysis('a_column', '2032-08-04', [
  'The grounding of the ferry Marisol off Lantern Point on Monday shows the operator cares nothing for safety.',
  'Ferry passengers deserve far better than this careless and greedy operator gives them.',
], { type: 'opinion' });
const inquiry = analysis('a_inquiry', '2032-09-15', [
  'An inquiry opened in Wenlow on Wednesday into why the ferry Marisol ran aground off Lantern Point.',
  'This inquiry is surely the most pointless waste of public money the harbour board has ever approved.',
  'The harbour board told the inquiry that the Lantern Point channel had last been surveyed in 2029.',
], { labels: ['reporting', 'opinion', 'reporting'] });
const inquiry2 = analysis('a_inquiry2', '2032-09-16', [
  'Harbour board officials told the Marisol inquiry in Wenlow on Wednesday that the channel chart was out of date.',
]);
const hearing = analysis('a_hearing', '2032-09-16', [
  'The Marisol inquiry in Wenlow heard on Wednesday from the captain of the ferry.',
], { title: 'Ferry captain tells Marisol inquiry of fog' });
const undated = analysis('a_undated', null, [
  'Divers will inspect the hull of the ferry Marisol before it is towed to the shipyard at Wenlow.',
]);

const groups: DatedGroup[] = [
  { eventId: 'ev_grounding', date: '2032-08-02', granularity: 'day', articles: [grounding, grounding2, column] },
  { eventId: 'ev_inquiry', date: '2032-09-15', granularity: 'day', articles: [inquiry, inquiry2, hearing] },
  { eventId: 'ev_tow', date: null, granularity: null, articles: [undated] },
];
const texts = new Map([grounding, grounding2, column, inquiry, inquiry2, hearing, undated].map((a) => [a.article.id, a.article.text]));
const timeline = buildTimeline(groups);
const cited = (ids: readonly string[]) => timeline.flatMap((e) => e.sentences.flatMap((s) => s.citations.map((c) => c.articleId))).filter((id) => ids.includes(id));

describe('buildTimeline', () => {
  it('picks as many days as there are event dates, by the TLS method, in date order, undated last', () => {
    expect(timeline.map((e) => e.date)).toEqual(['2032-08-02', '2032-09-15', null]);
    expect(timeline.map((e) => e.granularity)).toEqual(['day', 'day', null]);
  });

  it('links each day to the events dated on it, and the undated entry to the undated events', () => {
    expect(timeline.map((e) => e.eventIds)).toEqual([['ev_grounding'], ['ev_inquiry'], ['ev_tow']]);
  });

  it('summarises a day from the reports of that day and the days after', () => {
    const first = timeline[0]?.sentences.flatMap((s) => s.citations.map((c) => c.articleId)) ?? [];
    expect([...first].sort()).toEqual(['a_grounding', 'a_grounding2']);
  });

  it('cites text that really says every sentence', () => {
    for (const entry of timeline) for (const s of entry.sentences) expect(citationHolds(s, (id) => texts.get(id))).toBe(true);
  });

  it('never cites an opinion piece or an opinion sentence as fact', () => {
    expect(cited(['a_column'])).toEqual([]);
    const all = timeline.flatMap((e) => e.sentences.map((s) => s.text));
    expect(all.some((t) => t.includes('pointless'))).toBe(false);
  });

  it('keeps an undated report out of the dated entries', () => {
    const dated = timeline.filter((e) => e.date !== null).flatMap((e) => e.sentences.flatMap((s) => s.citations.map((c) => c.articleId)));
    expect(dated).not.toContain('a_undated');
    expect(timeline.at(-1)?.sentences[0]?.citations[0]?.articleId).toBe('a_undated');
  });

  it('links a day no event is dated on to the events of the articles it quotes', () => {
    const longer = buildTimeline(groups, { dates: 3 });
    const dayAfter = longer.find((e) => e.date === '2032-08-03');
    expect(dayAfter?.sentences.every((s) => s.citations[0]?.articleId === 'a_grounding2')).toBe(true);
    expect(dayAfter?.eventIds).toEqual(['ev_grounding']);
  });

  it('honours the number of dates and sentences asked for', () => {
    const short = buildTimeline(groups, { dates: 1, sentences: 1 });
    // The inquiry day is named by three reports, the grounding day by two.
    expect(short.map((e) => e.date)).toEqual(['2032-09-15', null]);
    expect(short.every((e) => e.sentences.length === 1)).toBe(true);
  });

  it('is deterministic and ignores group order', () => {
    expect(buildTimeline([...groups].reverse())).toEqual(timeline);
  });

  it('returns nothing for a story without articles', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});
