import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small corpus written for the tests (fiction): two events of one story told by three
 * outlets, a syndicated copy, and inputs that must fail cleanly. Written to a temp folder.
 */
export function writeMiniCorpus(): { dir: string; goodFiles: number; badFiles: number } {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-mini-'));
  mkdirSync(join(dir, 'txt'));
  mkdirSync(join(dir, 'bad'));
  const flood = (outlet: string, day: string, extra: string) => `title: River Tarn floods the old quarter of Brennick
published: ${day}
outlet: ${outlet}

River Tarn floods the old quarter of Brennick

BRENNICK — The River Tarn burst its banks on Monday and flooded the old quarter of Brennick, forcing 300 residents from their homes, Mayor Ilsa Dorn said.

"We have never seen the water rise this fast," Dorn told reporters at the town hall. ${extra}

Emergency crews from the Tarn Valley Water Authority worked through the night to shore up the levee near the Kessel bridge.
`;
  writeFileSync(join(dir, 'txt', 'flood-herald.txt'), flood('Brennick Herald', '2025-02-05', 'The authority said pumps would run all week.'));
  writeFileSync(join(dir, 'txt', 'flood-post.txt'), `title: Hundreds evacuated as Tarn floods Brennick
published: 2025-02-05
outlet: Valley Post

Hundreds evacuated as Tarn floods Brennick

About three hundred people spent the night in a sports hall on Mill Street after floodwater from the River Tarn poured into the old quarter of Brennick on Monday.

Mayor Ilsa Dorn, who toured the flooded streets by boat, said the town had been caught out by the speed of the rise. "Nobody expected a metre of water in two hours," she said.

The Tarn Valley Water Authority said its crews had reinforced the levee beside the Kessel bridge overnight and that the river had begun to fall.
`);
  writeFileSync(join(dir, 'txt', 'flood-copy.txt'), flood('Northern Wire', '2025-02-06', 'The authority said pumps would run all week.') + '\nThis article first appeared in the Brennick Herald.\n');
  const inquiry = (outlet: string) => `title: Inquiry blames Tarn Valley Water Authority for levee failure
published: 2025-06-12
outlet: ${outlet}

Inquiry blames Tarn Valley Water Authority for levee failure

An independent inquiry published on Wednesday found that the Tarn Valley Water Authority ignored warnings about the levee near the Kessel bridge for six years before the February flood in Brennick.

Mayor Ilsa Dorn said the findings were "a betrayal of every family who lost a home". The authority said it accepted the report in full.
`;
  writeFileSync(join(dir, 'txt', 'inquiry-herald.txt'), inquiry('Brennick Herald'));
  writeFileSync(join(dir, 'txt', 'inquiry-post.txt'), `title: Water authority ignored levee warnings, inquiry finds
published: 2025-06-12
outlet: Valley Post

Water authority ignored levee warnings, inquiry finds

Engineers warned the Tarn Valley Water Authority six years before February's flood that the levee by the Kessel bridge was failing, according to an independent inquiry released on Wednesday.

The report into the Brennick flood lists eleven warnings that went unanswered. Mayor Ilsa Dorn called it a betrayal of the families who lost their homes, and the authority said it accepted every finding.
`);
  writeFileSync(join(dir, 'briefs.jsonl'), [
    JSON.stringify({ id: 'b1', outlet: 'Valley Post', published: '2025-02-07', title: 'Brennick clean-up begins', text: 'Brennick clean-up begins\n\nVolunteers began clearing mud from the old quarter of Brennick on Thursday after the River Tarn flood, Mayor Ilsa Dorn said.' }),
    '{"id": "broken", "text": ',
  ].join('\n'));
  writeFileSync(join(dir, 'bad', 'empty.html'), '');
  writeFileSync(join(dir, 'bad', 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'bad', 'corrupt.jsonl.gz'), gzipSync('{"text": "x"}').subarray(0, 12));
  return { dir, goodFiles: 6, badFiles: 3 };
}
