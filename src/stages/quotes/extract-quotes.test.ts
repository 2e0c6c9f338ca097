import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/model.js';
import { extractMentions } from '../entities/index.js';
import { fixtureArticle } from '../entities/fixture-article.js';
import { segmentArticle } from '../segment/index.js';
import { extractQuotes } from './index.js';
import { ruleQuotes } from './rule-quotes.js';

// The composed stage: rules, then the shipped PolNeAR taggers. Fictional text throughout.
function read(text: string, reader = extractQuotes): { speaker: string | null; cue: string | null; content: string; kind: string; anonymous: boolean }[] {
  const article = fixtureArticle(text);
  const sentences = segmentArticle(article);
  const show = (span: Quote['cue']): string | null => (span ? text.slice(span.start, span.end) : null);
  return reader(article, sentences, extractMentions(article, sentences)).map((q) => ({
    speaker: show(q.speaker), cue: show(q.cue), content: text.slice(q.content.start, q.content.end), kind: q.kind, anonymous: q.anonymous,
  }));
}

describe('extractQuotes', () => {
  it('keeps a quotation over a paragraph break whole, with its speaker', () => {
    const text = 'Omar Haddad spoke for an hour.\n\n“The first thing to say is that the harbour is safe.\n\n“The second is that nobody will lose their job,” Haddad added.';
    expect(read(text)).toContainEqual(expect.objectContaining({
      speaker: 'Haddad', cue: 'added', kind: 'direct',
      content: '“The first thing to say is that the harbour is safe.\n\n“The second is that nobody will lose their job,”',
    }));
  });

  it('reads reported speech with the reported clause, without the full stop, and flags unnamed sources', () => {
    const quotes = read('A senior official said the talks had stalled. Mayor Ana Ruiz said the port would reopen in May.');
    expect(quotes).toEqual([
      expect.objectContaining({ speaker: 'A senior official', cue: 'said', content: 'the talks had stalled', anonymous: true }),
      expect.objectContaining({ speaker: 'Mayor Ana Ruiz', cue: 'said', content: 'the port would reopen in May', anonymous: false }),
    ]);
  });

  it('keeps an apposition in the speaker and "that" in the content, as PolNeAR does', () => {
    const quotes = read('Lena Brook, the council leader, said that the bridge would be repaired by the end of the year.');
    expect(quotes).toEqual([expect.objectContaining({ speaker: 'Lena Brook, the council leader,', content: 'that the bridge would be repaired by the end of the year' })]);
  });

  it('keeps every direct quote the rules read', () => {
    const text = '“We kept our promise,” Ana Ruiz said. “The river will not divide us,” said Omar Haddad.';
    const direct = (reader: typeof extractQuotes) => read(text, reader).filter((q) => q.kind === 'direct').map((q) => q.content);
    expect(direct(extractQuotes)).toEqual(direct(ruleQuotes));
  });
});
