import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeExpression } from '../../core/model.js';
import { tagTimexes } from '../../stages/dates/index.js';
import type { TimemlDocument } from './timeml-reader.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attribute = (text: string): string => escapeXml(text).replace(/"/g, '&quot;');

/**
 * One document as TempEval-3 TimeML: the same DOCID, DCT and TEXT (so character offsets
 * agree with the gold file), with the system's TIMEX3 tags in TEXT. The official scorer
 * (`TE3-evaluation.py gold/ system/`) reads these files.
 */
export function systemTimeml(doc: TimemlDocument, timexes: readonly TimeExpression[]): string {
  let body = '';
  let at = 0;
  let tid = 1;
  for (const t of [...timexes].sort((a, b) => a.start - b.start)) {
    if (t.start < at) continue; // TimeML tags cannot overlap
    body += escapeXml(doc.text.slice(at, t.start));
    body += `<TIMEX3 tid="t${tid++}" type="${t.type}" value="${attribute(t.value)}">${escapeXml(doc.text.slice(t.start, t.end))}</TIMEX3>`;
    at = t.end;
  }
  body += escapeXml(doc.text.slice(at));
  const dct = doc.dct ? `<TIMEX3 tid="t0" type="DATE" value="${attribute(doc.dct)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(doc.dct)}</TIMEX3>` : '';
  return `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>${escapeXml(doc.id)}</DOCID>
<DCT>${dct}</DCT>
<TEXT>${body}</TEXT>
</TimeML>
`;
}

/**
 * Writes the system's annotations of every document to `outDir/<sub-corpus>/<id>.tml`,
 * mirroring the gold layout; returns how many files were written.
 */
export function exportTimeml(groups: ReadonlyMap<string, readonly TimemlDocument[]>, outDir: string): number {
  let written = 0;
  for (const [sub, docs] of groups) {
    mkdirSync(join(outDir, sub), { recursive: true });
    for (const doc of docs) {
      writeFileSync(join(outDir, sub, `${doc.id}.tml`), systemTimeml(doc, doc.dct ? tagTimexes(doc.text, doc.dct) : []));
      written++;
    }
  }
  return written;
}
