import { describe, expect, it } from 'vitest';
import { generateTimeline, rankDates, collectSentences, summariseDate, inverseFrequencies, type DatedArticle } from './index.js';

// A fictional story: a dam on the river Ost fails; the reports refer back to earlier days.
const articles: DatedArticle[] = [
  {
    id: 'wire-1', published: '2031-03-03',
    text: 'Engineers at the Ost dam reported new cracks in the main wall on Monday morning .\n' +
      'The regional water board said the reservoir would be lowered over the coming week .',
  },
  {
    id: 'wire-2', published: '2031-03-05',
    text: 'The Ost dam wall collapsed on Wednesday and flooded three villages downstream .\n' +
      'Rescue teams from the water board evacuated hundreds of residents from the valley .',
  },
  {
    id: 'daily-1', published: '2031-03-06',
    text: 'A day after the Ost dam collapsed on March 5 , villagers returned to count the damage .\n' +
      'Cracks in the dam wall had been reported on March 3 , two days before the collapse .',
  },
  {
    id: 'daily-2', published: '2031-03-20',
    text: 'An inquiry into the March 5 collapse of the Ost dam opened in the regional capital .',
  },
];

describe('collectSentences', () => {
  it('resolves relative day names against each article’s publication day', () => {
    const sentences = collectSentences(articles);
    const first = sentences.find((s) => s.articleId === 'wire-1' && s.position === 0);
    expect(first?.mentions).toEqual(['2031-03-03']);
    const collapse = sentences.find((s) => s.articleId === 'wire-2' && s.position === 0);
    expect(collapse?.mentions).toEqual(['2031-03-05']);
  });
});

describe('rankDates', () => {
  it('puts the most mentioned day first and respects the date range', () => {
    const sentences = collectSentences(articles);
    expect(rankDates(sentences)[0]?.date).toBe('2031-03-05');
    expect(rankDates(sentences, '2031-03-06').map((d) => d.date)).not.toContain('2031-03-05');
  });
});

describe('generateTimeline', () => {
  const timeline = generateTimeline(articles, { dates: 2, sentences: 1 });

  it('returns the requested number of dates in chronological order, k sentences each', () => {
    expect(timeline.map((e) => e.date)).toEqual(['2031-03-03', '2031-03-05']);
    expect(timeline.every((e) => e.sentences.length === 1)).toBe(true);
  });

  it('cites the exact source text of every sentence', () => {
    for (const entry of timeline) {
      for (const { text, citation } of entry.sentences) {
        const source = articles.find((a) => a.id === citation.articleId);
        expect(source?.text.slice(citation.start, citation.end)).toBe(text);
      }
    }
  });

  it('is deterministic and ignores article order', () => {
    expect(generateTimeline([...articles].reverse(), { dates: 2, sentences: 1 })).toEqual(timeline);
  });

  it('returns nothing for an empty article set', () => {
    expect(generateTimeline([], { dates: 3, sentences: 2 })).toEqual([]);
  });
});

describe('summariseDate', () => {
  it('takes at most one sentence from each article, even when asked for more', () => {
    const sentences = collectSentences(articles).filter((s) => s.articleId === 'wire-2' || s.articleId === 'daily-1');
    const picked = summariseDate(sentences, 3, inverseFrequencies(sentences));
    expect(picked.map((s) => s.articleId).sort()).toEqual(['daily-1', 'wire-2']);
  });
});

describe('collectSentences with given sentence spans', () => {
  it('reads only the spans the caller allows', () => {
    const [first] = articles;
    if (!first) throw new Error('fixture');
    const end = first.text.indexOf('\n');
    const sentences = collectSentences([{ ...first, sentences: [{ start: 0, end }] }]);
    expect(sentences.map((s) => s.text)).toEqual([first.text.slice(0, end)]);
  });
});
