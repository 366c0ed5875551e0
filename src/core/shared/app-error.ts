/**
 * The one registry of error codes (STYLE.md §6). Every code here is documented in docs/errors.md;
 * a test fails when the two differ. Errors know nothing of HTTP or exit codes: http/errors.ts and
 * cli/errors.ts map them.
 */
export const ErrorCode = [
  'INPUT_INVALID',
  'INPUT_TOO_LARGE',
  'INPUT_NOT_UTF8',
  'INPUT_BINARY',
  'USAGE_INVALID',
  'CONFIG_INVALID',
  'FILE_UNREADABLE',
  'SMS_TEXT_MISSING',
  'SMS_TEXT_TOO_LONG',
  'SMS_JSON_INVALID',
  'SMS_MODEL_INVALID',
  'IOC_INPUT_TOO_LARGE',
  'IOC_PDF_INVALID',
  'IOC_JSON_INVALID',
  'DNS_TIMEOUT',
  'DNS_UNAVAILABLE',
  'RDAP_UNAVAILABLE',
  'ENRICH_INDICATOR_INVALID',
  'ASN_TABLE_INVALID',
  'ASN_DATA_INVALID',
  'RDAP_BOOTSTRAP_INVALID',
  'STORE_UNAVAILABLE',
  'STORE_URL_INVALID',
  'STORE_DATA_INVALID',
  'STORE_MIGRATION_FAILED',
  'TRACK_DOMAIN_INVALID',
  'TRACK_WEBHOOK_INVALID',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVER_BUSY',
  'GO_URL_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ErrorCode)[number];

/** The only thing Tocsin throws: a coded error that wraps its cause. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(
    code: ErrorCode,
    message: string,
    opts: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: opts.cause });
    this.code = code;
    this.details = opts.details ?? {};
  }
}

/** True when `e` is an AppError (also across module copies, by shape). */
export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
