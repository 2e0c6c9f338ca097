import { describe, expect, it } from 'vitest';
import { isAboutHeading, isBoilerplateSentence } from './boilerplate-sentence.js';

describe('isBoilerplateSentence', () => {
  it('knows the furniture of press releases, wire copy, columns and letters pages', () => {
    for (const line of [
      'FOR IMMEDIATE RELEASE',
      '###',
      'Media contact: Jo Vale, press@vale.example',
      '(Reporting by Ann Moe; Editing by Tor Sand)',
      'Topics: Health, Harlow',
      'Jo Vale is a columnist for the Harlow Ledger.',
      'Ben Okri reviews restaurants for the Courier.',
      'The author is a retired harbour pilot.',
      'Send us your views at letters@ledger.example.',
      'Letters may be edited for length.',
      'Ada Lunde, Harlow East',
      'Have a news tip? Contact our newsroom.',
      'Sign up for our morning newsletter',
    ]) expect(isBoilerplateSentence(line), line).toBe(true);
  });

  it('leaves reporting and opinion alone', () => {
    for (const line of [
      'The council voted 9 to 2 on Tuesday to build the barrier.',
      'Jo Vale, the harbour master, said the wall would hold.',
      'About 300 people attended the meeting.',
      'I have never seen a council so determined to ignore the obvious.',
      'Send in the army, the mayor told the minister on Friday.',
    ]) expect(isBoilerplateSentence(line), line).toBe(false);
  });
});

describe('isAboutHeading', () => {
  it('matches a press release "About" heading but not a sentence about something', () => {
    expect(isAboutHeading('About Larkspur Foods')).toBe(true);
    expect(isAboutHeading('About 300 people attended the meeting.')).toBe(false);
  });
});
