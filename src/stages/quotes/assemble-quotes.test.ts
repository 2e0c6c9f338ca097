import { describe, expect, it } from 'vitest';
import type { Quote, Sentence, Span } from '../../core/model.js';
import { assembleQuotes } from './assemble-quotes.js';

const text = 'Councillor Mara Velt said the bridge would close. Officials promised repairs. The ferry runs daily.';
const sentences: Sentence[] = [{ start: 0, end: 50, block: 0 }, { start: 50, end: 78, block: 0 }, { start: 78, end: text.length, block: 0 }];
const at = (words: string): Span => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const rule = (cue: string, speaker: string, content: string): Quote => ({
  content: at(content), cue: at(cue), speaker: at(speaker), speakerName: speaker, speakerKey: null, kind: 'indirect', anonymous: false,
});
const show = (quotes: readonly Quote[]) => quotes.map((q) => [q.speaker && text.slice(q.speaker.start, q.speaker.end), q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.content.start, q.content.end)]);

describe('assembleQuotes', () => {
  it('keeps a rule quote the cue tagger confirms, with the tagged content span', () => {
    const rules = [rule('said', 'Councillor Mara Velt', 'the bridge would close.')];
    const quotes = assembleQuotes(text, sentences, [], rules, { cues: [at('said')], sources: [], contents: [at('the bridge would close')] });
    expect(show(quotes)).toEqual([['Councillor Mara Velt', 'said', 'the bridge would close']]);
  });

  it('drops a rule quote whose cue the tagger does not confirm', () => {
    const rules = [rule('said', 'Councillor Mara Velt', 'the bridge would close')];
    expect(assembleQuotes(text, sentences, [], rules, { cues: [], sources: [], contents: [] })).toEqual([]);
  });

  it('builds a quote from a tagged cue with the source and content in its sentence', () => {
    const tagged = { cues: [at('promised')], sources: [at('Officials')], contents: [at('repairs')] };
    expect(show(assembleQuotes(text, sentences, [], [], tagged))).toEqual([['Officials', 'promised', 'repairs']]);
  });

  it('never takes the writer ("I", "we") for a source', () => {
    const column = 'I believe the ferry should run daily.';
    const own = (words: string): Span => ({ start: column.indexOf(words), end: column.indexOf(words) + words.length });
    const tagged = { cues: [own('believe')], sources: [own('I')], contents: [own('the ferry should run daily')] };
    expect(assembleQuotes(column, [{ start: 0, end: column.length, block: 0 }], [], [], tagged)).toEqual([]);
  });

  it('drops a tagged content that is only a determiner', () => {
    const short = 'Officials welcomed the plan.';
    const span = (words: string): Span => ({ start: short.indexOf(words), end: short.indexOf(words) + words.length });
    const tagged = { cues: [span('welcomed')], sources: [span('Officials')], contents: [span('the')] };
    expect(assembleQuotes(short, [{ start: 0, end: short.length, block: 0 }], [], [], tagged)).toEqual([]);
    expect(assembleQuotes(short, [{ start: 0, end: short.length, block: 0 }], [], [], { ...tagged, contents: [span('the plan')] })).toHaveLength(1);
  });

  it('keeps a tagged content nothing claimed, without a cue', () => {
    const quotes = assembleQuotes(text, sentences, [], [], { cues: [], sources: [], contents: [at('The ferry runs daily')] });
    expect(quotes).toMatchObject([{ cue: null, speaker: null, kind: 'indirect' }]);
  });
});
