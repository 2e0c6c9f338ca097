/**
 * A self-written document in GUM's WebAnno TSV 3.2 layout (invented people), for tests:
 * "Maria Vance met Dean Hale . / She said he lied . / It rained ." with "She" linked to
 * Maria Vance (coref) and "he" to Dean Hale (ana); the pleonastic "It" is no mention.
 */
type Token = readonly [word: string, entity?: string, relation?: string, target?: string];

const SENTENCES: readonly (readonly Token[])[] = [
  [['Maria', 'person[1]', 'coref', '2-1[3_1]'], ['Vance', 'person[1]'], ['met'], ['Dean', 'person[2]', 'ana', '2-3[4_2]'], ['Hale', 'person[2]'], ['.']],
  [['She', 'person[3]'], ['said'], ['he', 'person[4]'], ['lied'], ['.']],
  [['It'], ['rained'], ['.']],
];

export function gumFixture(): string {
  const lines = ['#FORMAT=WebAnno TSV 3.2', '#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering', ''];
  let offset = 0;
  SENTENCES.forEach((tokens, s) => {
    lines.push(`#Text=${tokens.map(([w]) => w).join(' ')}`);
    tokens.forEach(([word, entity = '_', relation = '_', target = '_'], t) => {
      lines.push([`${s + 1}-${t + 1}`, `${offset}-${offset + word.length}`, word, entity, '_', '_', '_', '_', relation, target, ''].join('\t'));
      offset += word.length + 1;
    });
    lines.push('');
  });
  return lines.join('\n');
}
