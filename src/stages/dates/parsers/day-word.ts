import { addDays, formatDay } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type ParseContext, type Parser } from '../context.js';
import { DAY_PARTS } from '../vocabulary.js';

const OFFSETS: Readonly<Record<string, number>> = {
  yesterday: -1, today: 0, tonight: 0, tomorrow: 1,
  'the day before yesterday': -2, 'the day after tomorrow': 2, 'last night': -1,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0,
};

// "today's world", "the people of tomorrow": the present or future age, not a day (untagged
// in TimeBank/AQUAINT; "today's editions", "tomorrow's vote" are days and stay).
const GENERIC_AFTER = /^['’]s\s+(?:world|youth|society|generation|children|kids|young|economy|technology|teenagers|families|consumers|(?:\w+\s+)?(?:computers|cars|phones|standards))\b/i;
const GENERIC_BEFORE = /\bthe\s+\w+\s+(?:of|for)\s+$/i;

function isGenericAge(context: ParseContext, word: string, start: number, end: number): boolean {
  if (word !== 'today' && word !== 'tomorrow') return false;
  return GENERIC_AFTER.test(textAfter(context, end, 30)) || GENERIC_BEFORE.test(textBefore(context, start, 30));
}

/**
 * "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", with an optional
 * part of the day ("yesterday afternoon") or qualifier ("late yesterday").
 */
export const dayWordParser: Parser = {
  name: 'day-word',
  pattern: /\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))(?:\s+(?<part>morning|afternoon|evening|night)\b)?(?![\w-])/gi,
  extract(match, context) {
    const word = (match.groups?.word ?? '').toLowerCase();
    const offset = OFFSETS[word];
    if (offset === undefined) return null;
    const start = context.sentence.start + match.index;
    if (match[0].length === word.length && isGenericAge(context, word, start, start + word.length)) return null;
    const partWord = match.groups?.part ?? (word === 'tonight' || word === 'last night' ? 'night' : word.split(' ')[1]);
    const partCode = DAY_PARTS.get(partWord?.toLowerCase() ?? '');
    const suffix = partCode ? `T${partCode}` : '';
    const type = partCode ? 'TIME' : 'DATE';
    if (!context.reference) return fromMatch(context, match, this.name, unresolved(type, `XXXX-XX-XX${suffix}`, 'day'));
    return fromMatch(context, match, this.name, {
      type, value: formatDay(addDays(context.reference, offset)) + suffix,
      granularity: partCode ? 'hour' : 'day', anchor: 'publication', confidence: 0.95,
    });
  },
};
