import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/model.js';
import { readSpeaker } from './speaker-phrase.js';

// Invented people. The entities stage resolves "she" (a `via: 'pronoun'` mention); the
// speaker reader takes its name and key, and no longer guesses the last person named.
const text = 'Maria Vance met Dean Hale. She said the talks had failed.';
const vance: Mention = { start: 0, end: 11, text: 'Maria Vance', type: 'person', key: 'maria vance', name: 'Maria Vance' };
const hale: Mention = { start: 16, end: 25, text: 'Dean Hale', type: 'person', key: 'dean hale', name: 'Dean Hale' };
const she: Mention = { start: 27, end: 30, text: 'She', type: 'person', key: 'maria vance', name: 'Maria Vance', via: 'pronoun' };
const sentence = { start: 27, end: text.length };

describe('readSpeaker with pronoun mentions', () => {
  it('names a pronoun speaker by the pronoun mention the entities stage resolved', () => {
    expect(readSpeaker(text, { start: 27, end: 30 }, [vance, hale, she], sentence)).toMatchObject({ name: 'Maria Vance', key: 'maria vance', anonymous: false });
  });

  it('leaves a pronoun speaker unnamed when the stage found no antecedent', () => {
    expect(readSpeaker(text, { start: 27, end: 30 }, [vance, hale], sentence)).toMatchObject({ name: 'She', key: null });
  });
});
