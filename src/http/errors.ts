/** Error codes to HTTP statuses, and the application/problem+json body (RFC 9457). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../core/shared/app-error.js';

const statusOf: Readonly<Partial<Record<ErrorCode, ContentfulStatusCode>>> = {
  INPUT_INVALID: 400,
  INPUT_NOT_UTF8: 400,
  INPUT_BINARY: 415,
  USAGE_INVALID: 400,
  SMS_TEXT_MISSING: 400,
  SMS_TEXT_TOO_LONG: 413,
  SMS_JSON_INVALID: 400,
  IOC_JSON_INVALID: 400,
  IOC_PDF_INVALID: 422,
  INPUT_TOO_LARGE: 413,
  IOC_INPUT_TOO_LARGE: 413,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  DNS_TIMEOUT: 504,
  DNS_UNAVAILABLE: 503,
  RDAP_UNAVAILABLE: 503,
  STORE_UNAVAILABLE: 503,
};

/** The HTTP status for an error code (500 when unmapped). */
export function httpStatusOf(code: ErrorCode): ContentfulStatusCode {
  return statusOf[code] ?? 500;
}

/** Answers with an application/problem+json body carrying `code` and `requestId`. */
export function problem(
  c: Context,
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  const status = httpStatusOf(code);
  const body = {
    type: `https://tocsin.invalid/errors#${code}`,
    title: code,
    status,
    detail,
    code,
    requestId: (c.get('requestId' as never) as string | undefined) ?? null,
    ...extra,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

/** Turns anything thrown in a route into a problem response. */
export function problemOf(c: Context, e: unknown): Response {
  if (e instanceof AppError) return problem(c, e.code, e.message, issuesOf(e));
  return problem(c, 'INTERNAL', 'internal error');
}

function issuesOf(e: AppError): Record<string, unknown> {
  return e.details['issues'] === undefined ? {} : { issues: e.details['issues'] };
}
