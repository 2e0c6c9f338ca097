import { describe, expect, it } from 'vitest';
import { chunksOf } from './read-conll.js';
import { readGumTsv } from './read-gum.js';

// A self-written fragment in GUM's WebAnno TSV 3.2 layout, about invented people and places.
const FIXTURE = [
  '#FORMAT=WebAnno TSV 3.2',
  '',
  '#Text=Mayor Odile Marchetti visited the Brightwell Foundry in Tarnby .',
  '1-1\t0-5\tMayor\tperson[1]\tnew[1]\t_\t_\t_\t_\t_\t',
  '1-2\t6-11\tOdile\tperson[1]\tnew[1]\t_\t_\t_\t_\t_\t',
  '1-3\t12-21\tMarchetti\tperson[1]\tnew[1]\t_\t_\t_\t_\t_\t',
  '1-4\t22-29\tvisited\t_\t_\t_\t_\t_\t_\t_\t',
  '1-5\t30-33\tthe\torganization[2]\tnew[2]\t_\t_\t_\t_\t_\t',
  '1-6\t34-44\tBrightwell\torganization[2]\tnew[2]\t_\t_\t_\t_\t_\t',
  '1-7\t45-52\tFoundry\torganization[2]\tnew[2]\t_\t_\t_\t_\t_\t',
  '1-8\t53-55\tin\t_\t_\t_\t_\t_\t_\t_\t',
  '1-9\t56-62\tTarnby\tplace\tnew\t_\t_\t_\t_\t_\t',
  '1-10\t63-64\t.\t_\t_\t_\t_\t_\t_\t_\t',
  '',
  '#Text=A group of young welders cheered .',
  '2-1\t65-66\tA\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t',
  '2-2\t67-72\tgroup\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t',
  '2-3\t73-75\tof\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t',
  '2-4\t76-81\tyoung\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t',
  '2-5\t82-89\twelders\tperson[3]\tnew[3]\t_\t_\t_\t_\t_\t',
  '2-6\t90-97\tcheered\t_\t_\t_\t_\t_\t_\t_\t',
  '2-7\t98-99\t.\t_\t_\t_\t_\t_\t_\t_\t',
].join('\n');

describe('readGumTsv', () => {
  const doc = readGumTsv(FIXTURE);

  it('reads sentences and tokens', () => {
    expect(doc.sentences.map((s) => s.length)).toEqual([10, 7]);
    expect(doc.sentences[0]?.[1]?.text).toBe('Odile');
  });

  it('keeps proper names as CoNLL names: titles and "the" trimmed, descriptions dropped', () => {
    expect(chunksOf(doc.sentences[0]!.map((t) => t.tag))).toEqual([
      { sentence: 0, start: 1, end: 3, type: 'PER' },
      { sentence: 0, start: 5, end: 7, type: 'ORG' },
      { sentence: 0, start: 8, end: 9, type: 'LOC' },
    ]);
    expect(doc.sentences[1]!.every((t) => t.tag === 'O')).toBe(true);
  });
});
