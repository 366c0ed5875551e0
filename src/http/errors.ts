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
  SERVER_BUSY: 503,
  DNS_TIMEOUT: 504,
  DNS_UNAVAILABLE: 503,
  RDAP_UNAVAILABLE: 503,
  STORE_UNAVAILABLE: 503,
  ENRICH_INDICATOR_INVALID: 400,
  GO_URL_INVALID: 400,
  TRACK_DOMAIN_INVALID: 400,
  TRACK_WEBHOOK_INVALID: 400,
  STORE_DATA_INVALID: 500,
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
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  const retry = extra['retryAfterSeconds'];
  if (typeof retry === 'number') headers['retry-after'] = String(retry);
  return c.body(JSON.stringify(body), status, headers);
}

/** Turns anything thrown in a route into a problem response. */
export function problemOf(c: Context, e: unknown): Response {
  if (e instanceof AppError) return problem(c, e.code, e.message, issuesOf(e));
  return problem(c, 'INTERNAL', 'internal error');
}

/** The details a client may see: validation issues and when to retry (never causes or values). */
function issuesOf(e: AppError): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (e.details['issues'] !== undefined) out['issues'] = e.details['issues'];
  if (typeof e.details['retryAfterSeconds'] === 'number') {
    out['retryAfterSeconds'] = e.details['retryAfterSeconds'];
  }
  return out;
}
