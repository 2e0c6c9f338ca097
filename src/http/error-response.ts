import { StorylineError, type ErrorCode } from '../core/errors.js';

/** The one place that turns errors into HTTP responses. */
export function errorResponse(error: unknown): Response {
  if (error instanceof StorylineError) {
    return json({ error: { code: error.code, message: error.message } }, statusFor(error.code));
  }
  return json({ error: { code: 'INTERNAL', message: 'unexpected error; see the server log' } }, 500);
}

function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'NOT_FOUND':
      return 404;
    case 'CONFIG_INVALID':
    case 'JSON_MALFORMED':
    case 'RECORD_INVALID':
      return 400;
    case 'INPUT_TOO_LARGE':
      return 413;
    default:
      return 500;
  }
}

export function json(data: unknown, status = 200): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
