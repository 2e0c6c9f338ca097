import { describe, expect, it } from 'vitest';
import { articleFromText, fingerprintArticle } from '../fingerprint/index.js';
import type { PlainArticle } from '../fingerprint/index.js';
import { buildDuplicateGroup, chooseCanonical, copyCandidate, findCopies, MemoryCopyIndex } from './index.js';
import type { CopyCandidate } from './index.js';

// A self-written report about a fictional town, and variants of it.
const FLOOD_REPORT = [
  'Floodwaters from the Marrow River forced the evacuation of nearly 4,000 residents from the low-lying districts of Eastbrook on Tuesday, after two days of heavy rain overwhelmed the town levees.',
  'Mayor Ilse Varnholt said emergency crews had opened three shelters at schools on the north side of the town and that buses would run through the night to collect people who had no transport.',
  '"We are asking everyone in the river districts to leave now and not wait for the water to reach their doors," Varnholt told reporters at the town hall.',
  'The regional weather office said a further 60 millimetres of rain could fall before Thursday, and warned that the Marrow could rise another metre at the Eastbrook gauge.',
  'Engineers from the provincial water board were inspecting a section of the eastern levee where seepage was reported late on Monday, according to a statement from the board.',
  'Local businesses along Quay Street moved stock to upper floors, and the ferry service to Linden Island was suspended until further notice.',
].join('\n\n');

// The same event, independently written: same facts and quote, different wording.
const OTHER_REPORT_OF_SAME_EVENT = [
  'Around 4,000 people in Eastbrook were ordered out of their homes on Tuesday as the swollen Marrow River broke over levees following 48 hours of rain.',
  'Three schools in the north of the town have been turned into shelters, Mayor Ilse Varnholt announced, with night buses laid on for residents without cars.',
  '"We are asking everyone in the river districts to leave now and not wait for the water to reach their doors," the mayor said.',
  'Forecasters expect as much as 60 millimetres more rain by Thursday; the river could climb a further metre, they warned.',
  'The provincial water board has sent engineers to check reports of seepage through the eastern levee. Ferries to Linden Island are suspended.',
].join('\n\n');

function candidate(plain: PlainArticle): CopyCandidate {
  const { article, sentences } = articleFromText(plain);
  return copyCandidate(article, sentences, fingerprintArticle(article, sentences));
}

function indexOf(...candidates: CopyCandidate[]): MemoryCopyIndex {
  const index = new MemoryCopyIndex();
  for (const c of candidates) index.put(c);
  return index;
}

const original = candidate({ id: 'a_original', outlet: 'eastbrook-herald', title: 'Thousands evacuated as Marrow River floods Eastbrook', published: '2024-03-05', text: FLOOD_REPORT });

describe('findCopies', () => {
  it('finds an exact copy whatever its spacing and punctuation', () => {
    const copy = candidate({ id: 'a_copy', outlet: 'eastbrook-herald', title: 'Flood', text: FLOOD_REPORT.replace(/,/g, ' ,').replace(/"/g, '“') });
    expect(findCopies(copy, indexOf(original))).toEqual([{ articleId: 'a_original', similarity: 1, relation: 'exact' }]);
  });

  it('finds a syndicated copy under a new headline with a syndication footer', () => {
    const syndicated = candidate({
      id: 'a_wire', outlet: 'valley-times', title: 'Eastbrook residents flee rising river',
      text: `${FLOOD_REPORT}\n\nThis story was first published by the Eastbrook Herald and is republished under a content-sharing agreement.`,
    });
    const [match] = findCopies(syndicated, indexOf(original));
    expect(match?.relation).toBe('syndicated');
    expect(match?.similarity).toBeGreaterThan(0.8);
  });

  it('finds a copy truncated to its first half', () => {
    const half = FLOOD_REPORT.split('\n\n').slice(0, 3).join('\n\n');
    const truncated = candidate({ id: 'a_short', outlet: 'coast-daily', title: 'River floods town', text: half });
    const [match] = findCopies(truncated, indexOf(original));
    expect(match?.relation).toBe('syndicated');
    expect(match?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('calls a lightly corrected version at the same outlet near', () => {
    const corrected = candidate({
      id: 'a_fixed', outlet: 'eastbrook-herald', title: 'Thousands evacuated as Marrow River floods Eastbrook',
      text: FLOOD_REPORT.replace('three shelters', 'four shelters'),
    });
    expect(findCopies(corrected, indexOf(original))[0]?.relation).toBe('near');
  });

  it('calls a same-outlet rewrite with the same headline an update', () => {
    const paragraphs = FLOOD_REPORT.split('\n\n');
    const update = candidate({
      id: 'a_update', outlet: 'eastbrook-herald', title: 'Marrow River floods Eastbrook: thousands evacuated', published: '2024-03-06',
      text: ['The levee on the eastern bank held overnight, officials said on Wednesday morning.', ...paragraphs.slice(0, 4), 'Schools across the district will stay closed until Friday.'].join('\n\n'),
    });
    expect(findCopies(update, indexOf(original))[0]?.relation).toBe('updated');
  });

  it('never calls articles without content of their own copies', () => {
    const empty = (id: string) => candidate({ id, outlet: 'x', text: 'Subscribe now.', boilerplate: [0] });
    expect(findCopies(empty('a_2'), indexOf(empty('a_1')))).toEqual([]);
  });

  it('does not call a different report of the same event a copy', () => {
    const other = candidate({ id: 'a_other', outlet: 'valley-times', title: 'Eastbrook evacuates 4,000', text: OTHER_REPORT_OF_SAME_EVENT });
    expect(findCopies(other, indexOf(original))).toEqual([]);
  });
});

describe('chooseCanonical', () => {
  const base = { outlet: 'x', title: '', fingerprint: original.fingerprint };
  const early = { ...base, articleId: 'a_b', published: '2024-03-05', textLength: 100 };
  const lateLong = { ...base, articleId: 'a_a', published: '2024-03-06', textLength: 900 };
  const earlyLong = { ...base, articleId: 'a_c', published: '2024-03-05', textLength: 300 };
  const undated = { ...base, articleId: 'a_0', published: null, textLength: 5000 };

  it('prefers the earliest, then the longest, in any order', () => {
    expect(chooseCanonical([early, lateLong, earlyLong, undated])?.articleId).toBe('a_c');
    expect(chooseCanonical([undated, earlyLong, lateLong, early])?.articleId).toBe('a_c');
  });

  it('builds a group around the canonical article', () => {
    const copy = { ...original, articleId: 'a_later', outlet: 'valley-times', published: '2024-03-07' };
    const group = buildDuplicateGroup([copy, original]);
    expect(group?.canonicalId).toBe('a_original');
    expect(group?.members).toEqual([
      { articleId: 'a_original', relation: 'canonical', similarity: 1 },
      { articleId: 'a_later', relation: 'exact', similarity: 1 },
    ]);
  });
});
