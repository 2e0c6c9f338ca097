import type { Span } from '../../core/model.js';

/** One `T` line of a brat standoff file: a label over one or more character ranges. */
export interface BratTextBound {
  readonly id: string;
  readonly label: string;
  readonly fragments: readonly Span[];
  readonly text: string;
}

/** One `E` line: an event tying roles (Source, Cue, Content) to text-bound ids. */
export interface BratEvent {
  readonly id: string;
  readonly trigger: string;
  readonly roles: Readonly<Record<string, string>>;
}

export interface BratDocument {
  readonly textBounds: ReadonlyMap<string, BratTextBound>;
  readonly events: readonly BratEvent[];
}

/**
 * Parses brat standoff (`.ann`): `T1\tSource 0 11\tPat Caddell`, discontinuous ranges
 * separated by `;`, and `E1\tAttribution:T4 Content:T3 …`. Other line kinds are ignored.
 */
export function readBrat(ann: string): BratDocument {
  const textBounds = new Map<string, BratTextBound>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id = '', body = '', text = ''] = line.split('\t');
    if (/^T\d+$/.test(id)) {
      const space = body.indexOf(' ');
      if (space < 0) continue;
      const fragments = body.slice(space + 1).split(';').map((range) => {
        const [start = 0, end = 0] = range.trim().split(/\s+/).map(Number);
        return { start, end };
      }).filter((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.end > f.start);
      textBounds.set(id, { id, label: body.slice(0, space), fragments, text });
    } else if (/^E\d+$/.test(id)) {
      const [trigger = '', ...args] = body.trim().split(/\s+/);
      const roles: Record<string, string> = {};
      for (const arg of args) {
        const [role, target] = arg.split(':');
        if (role && target) roles[role.replace(/\d+$/, '')] = target;
      }
      events.push({ id, trigger: trigger.split(':')[1] ?? '', roles });
    }
  }
  return { textBounds, events };
}
