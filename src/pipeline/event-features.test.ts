import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../stages/entities/fixture-article.js';
import { analyzeArticle } from './analyze-article.js';
import { leadEventDate } from './event-features.js';

const published = { value: '2025-03-06', precision: 'day' as const, provenance: 'input' as const, confidence: 1 };
const analysed = (lead: string) => analyzeArticle(fixtureArticle(`Harbour news\n\n${lead}\n\nMore words follow here.`, { titleFirst: true, overrides: { published } }));

describe('the day an article reports', () => {
  it('is the lead date in the days before publication', () => {
    expect(leadEventDate(analysed('The Brennick ferry sank on Tuesday, the coast guard said.'))).toBe('2025-03-04');
  });

  it('skips a named past event whose year the text leaves open, and takes the next date', () => {
    const analysis = analysed('Families who lost relatives in the March 3 bombing met the mayor on Wednesday.');
    const named = analysis.timexes.find((t) => analysis.article.text.slice(t.start, t.end).includes('March 3'));
    expect(named?.confidence).toBeLessThan(0.6);
    expect(leadEventDate(analysis)).toBe('2025-03-05');
  });

  it('is null for a plan in the lead', () => {
    expect(leadEventDate(analysed('Ministers will meet in Brennick on March 20 to sign the harbour deal.'))).toBeNull();
  });
});
