/**
 * One error type with codes. Expected per-item problems are returned as `Failure` values
 * and recorded; `StorylineError` is thrown only for problems that stop a whole command.
 */

export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'a path given on the command line does not exist',
  INPUT_UNREADABLE: 'a file could not be read from disk',
  INPUT_EMPTY: 'the input holds no bytes or no text',
  INPUT_BINARY: 'the input is binary data, not text, HTML or a known container',
  INPUT_TOO_LARGE: 'the input is larger than the configured limit',
  DECODE_FAILED: 'the bytes could not be decoded as text in any supported encoding',
  GZIP_CORRUPT: 'a gzip stream is truncated or corrupt',
  JSON_MALFORMED: 'a JSON or JSONL record could not be parsed',
  RECORD_INVALID: 'a record lacks the fields an article needs (text or html)',
  FEED_MALFORMED: 'an RSS or Atom feed could not be parsed',
  WARC_MALFORMED: 'a WARC record could not be parsed',
  UNSUPPORTED_FORMAT: 'the input format is not one Storyline reads',
  EXTRACTION_EMPTY: 'no article text could be extracted from the page',
  STAGE_FAILED: 'an analysis stage threw on this article',
  FETCH_FAILED: 'a URL could not be fetched',
  CONFIG_INVALID: 'the configuration or a command-line option is invalid',
  NOT_FOUND: 'the requested record does not exist',
  STORE_FAILED: 'the database could not complete an operation',
  EVAL_DATA_MISSING: 'the benchmark corpus for an evaluation is not present',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StorylineError extends Error {
  override readonly name = 'StorylineError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** A per-item failure: recorded in the run, shown to the user, never thrown across the batch. */
export interface Failure {
  readonly code: ErrorCode;
  /** What was being processed: a path, `path#line=3`, an article id. */
  readonly locator: string;
  readonly message: string;
  /** The stage or reader that failed, e.g. `ingest.jsonl`, `extract`. */
  readonly stage: string;
}

export function failure(code: ErrorCode, locator: string, stage: string, message?: string): Failure {
  return { code, locator, stage, message: message ?? ERROR_CODES[code] };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'code' in value && 'stage' in value && 'locator' in value;
}
