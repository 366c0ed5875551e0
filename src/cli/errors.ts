/** Maps error codes to exit codes (STYLE.md §6): 0 done, 1 failed, 2 bad usage or input. */
import { AppError, type ErrorCode } from '../core/shared/app-error.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

const badInput: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
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
  'IOC_INPUT_TOO_LARGE',
  'IOC_PDF_INVALID',
  'IOC_JSON_INVALID',
  'NOT_FOUND',
  'STORE_URL_INVALID',
  'TRACK_DOMAIN_INVALID',
  'TRACK_WEBHOOK_INVALID',
  'ENRICH_INDICATOR_INVALID',
  'ASN_DATA_INVALID',
  'RDAP_BOOTSTRAP_INVALID',
]);

/** The exit code for an error code. */
export function exitCodeOf(code: ErrorCode): number {
  return badInput.has(code) ? EXIT_BAD_INPUT : EXIT_FAILED;
}

/** Prints a thrown value as one line on stderr and returns the exit code to use. */
export function reportError(e: unknown, stderr: NodeJS.WritableStream): number {
  if (e instanceof AppError) {
    stderr.write(`tocsin: ${e.message} [${e.code}]\n`);
    return exitCodeOf(e.code);
  }
  const message = e instanceof Error ? e.message : String(e);
  stderr.write(`tocsin: internal error: ${message} [INTERNAL]\n`);
  return EXIT_FAILED;
}
