import { addDays, formatDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { DAY_PARTS } from '../vocabulary.js';

const OFFSETS: Readonly<Record<string, number>> = {
  yesterday: -1, today: 0, tonight: 0, tomorrow: 1,
  'the day before yesterday': -2, 'the day after tomorrow': 2, 'last night': -1,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0,
};

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
