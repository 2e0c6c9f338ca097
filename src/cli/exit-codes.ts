import type { ErrorCode } from '../core/errors.js';

/** Exit codes, documented in the README. Scripts can tell "partly failed" from "failed". */
export const EXIT = {
  OK: 0,
  /** An unexpected error: a bug or the environment (disk full, database locked). */
  ERROR: 1,
  /** Bad command line or configuration. */
  USAGE: 2,
  /** The command finished, but some inputs failed; they are recorded with reasons. */
  PARTIAL: 3,
  /** A named story, article or file does not exist. */
  NOT_FOUND: 4,
  /** An evaluation's corpus is missing. */
  DATA_MISSING: 5,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'CONFIG_INVALID':
      return EXIT.USAGE;
    case 'NOT_FOUND':
    case 'INPUT_NOT_FOUND':
      return EXIT.NOT_FOUND;
    case 'EVAL_DATA_MISSING':
      return EXIT.DATA_MISSING;
    default:
      return EXIT.ERROR;
  }
}
