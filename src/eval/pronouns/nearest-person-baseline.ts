import type { Mention } from '../../core/model.js';
import { PRONOUN_PATTERN, pronounWord } from '../../stages/entities/pronoun-words.js';

/**
 * The baseline the resolver must beat: every he/him/his/she/her… linked to the nearest
 * person named before it, whatever its gender and however far back; no other pronouns.
 * (The quotes stage's old rule for "he said".) `named` are in reading order.
 */
export function nearestPersonBaseline(text: string, named: readonly Mention[]): Mention[] {
  const people = named.filter((m) => m.type === 'person' && m.via !== 'pronoun');
  const out: Mention[] = [];
  let i = -1;
  for (const match of text.matchAll(PRONOUN_PATTERN)) {
    const start = match.index ?? 0;
    const cls = pronounWord(match[0])?.class;
    if (cls !== 'male' && cls !== 'female') continue;
    while (i + 1 < people.length && people[i + 1]!.end <= start) i++;
    const antecedent = people[i];
    if (antecedent) out.push({ start, end: start + match[0].length, text: match[0], type: 'person', key: antecedent.key, name: antecedent.name, via: 'pronoun' });
  }
  return out;
}
