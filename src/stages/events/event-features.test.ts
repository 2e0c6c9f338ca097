import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis, Mention, TimeExpression } from '../../core/model.js';
import { articleFromText, fingerprintArticle } from '../fingerprint/index.js';
import { eventFeatures } from './event-features.js';

const TEXT = 'Dockworkers at the port of Halvik walked off the job on Monday. Union leader Mara Ostrowe said the strike would go on. Ostrowe first warned of a strike in January. Ships waited off Halvik.';

function analysis(): ArticleAnalysis {
  const { article, sentences } = articleFromText({ id: 'a_1', title: 'Halvik strike', text: TEXT, published: '2024-03-05' });
  const at = (text: string, from = 0) => TEXT.indexOf(text, from);
  const mention = (text: string, key: string, type: Mention['type'], from = 0): Mention => ({
    start: at(text, from), end: at(text, from) + text.length, text, key, name: text, type,
  });
  const timex = (text: string, value: string): TimeExpression => ({
    start: at(text), end: at(text) + text.length, text, type: 'DATE', value, granularity: null, anchor: 'publication', confidence: 0.9,
  });
  return {
    article, sentences, quotes: [], sentenceLabels: [], articleType: 'news',
    timexes: [timex('January', '2024-01'), timex('Monday', '2024-03-04')],
    mentions: [
      mention('Halvik', 'halvik', 'place'), mention('Mara Ostrowe', 'mara ostrowe', 'person'),
      mention('Ostrowe', 'mara ostrowe', 'person', at('Ostrowe first')), mention('Halvik', 'halvik', 'place', at('off Halvik')),
    ],
    fingerprint: fingerprintArticle(article, sentences),
  };
}

describe('eventFeatures', () => {
  it('takes entities by frequency, places apart, and the day-precise date of the lead', () => {
    const features = eventFeatures(analysis(), null);
    expect(features).toMatchObject({
      articleId: 'a_1', published: '2024-03-05', eventDate: '2024-03-04', entityKeys: ['mara ostrowe'], placeKeys: ['halvik'], duplicateOf: null,
    });
    expect(features.terms).toContain('strik');
  });
});
