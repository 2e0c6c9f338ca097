import { describe, expect, it } from 'vitest';
import { isContested, phraseForms, phraseKey, valueForm } from './gold-consistency.js';

describe('gold consistency', () => {
  it('masks digits, so two weeks share a form and an underspecified week does not', () => {
    expect(valueForm('1989-W43')).toBe(valueForm('2024-W02'));
    expect(valueForm('1989-WXX')).not.toBe(valueForm('1989-W43'));
    expect(phraseKey(' Last  week, ')).toBe('last week');
  });

  const forms = phraseForms([
    { text: 'last week', value: '2024-WXX' },
    { text: 'Last week', value: '2024-W10' },
    { text: 'Friday', value: '2024-03-08' },
  ]);
  const pair = (text: string, gold: string, system: string) => ({
    gold: { start: 0, end: text.length, text, type: 'DATE', value: gold },
    system: { start: 0, end: text.length, type: 'DATE', value: system },
    strict: true,
  });

  it('counts a wrong value as contested when the gold writes the phrase in the system\'s form elsewhere', () => {
    expect(isContested(pair('last week', '2024-WXX', '2024-W10'), forms)).toBe(true);
  });

  it('does not count calendar slips (same form) or forms the gold never uses for the phrase', () => {
    expect(isContested(pair('Friday', '2024-03-08', '2024-03-15'), forms)).toBe(false);
    expect(isContested(pair('Friday', '2024-03-08', 'XXXX-WXX-5'), forms)).toBe(false);
    expect(isContested(pair('last week', '2024-W10', '2024-W10'), forms)).toBe(false);
  });
});
