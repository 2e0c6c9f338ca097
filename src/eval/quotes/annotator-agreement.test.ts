import { describe, expect, it } from 'vitest';
import { annotatorAgreement } from './annotator-agreement.js';
import type { PolnearDocument } from './polnear-documents.js';

// Fictional article "a" marked by two annotators who agree on the cue only in extent.
const copy = (cue: { start: number; end: number }): PolnearDocument => ({
  name: 'a',
  text: 'Ana Lowe has said the port is closed.',
  gold: { Source: [{ start: 0, end: 8 }], Cue: [cue], Content: [{ start: 18, end: 36 }] },
});

describe('annotatorAgreement', () => {
  it('scores each annotator against the other, over articles with several annotators only', () => {
    const single: PolnearDocument = { ...copy({ start: 9, end: 17 }), name: 'b', gold: { Source: [], Cue: [{ start: 0, end: 3 }], Content: [] } };
    const report = annotatorAgreement([copy({ start: 9, end: 17 }), copy({ start: 13, end: 17 }), single]);
    expect(report.articles).toBe(1);
    expect(report.roles.Source.exact.f1).toBe(1);
    // "has said" against "said": no exact match, one overlap, both ways.
    expect(report.roles.Cue.exact.f1).toBe(0);
    expect(report.roles.Cue.overlap.f1).toBe(1);
    expect(report.roles.Cue.exact.gold).toBe(2);
  });
});
