/** The root pino logger: JSON lines on stderr, victims' data and secrets redacted (STYLE.md §9). */
import { type Logger, pino } from 'pino';

export type { Logger };

const redactPaths = [
  'text',
  '*.text',
  'sender',
  '*.sender',
  'body',
  '*.body',
  'apiKey',
  '*.apiKey',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
];

/** Creates the one root logger; components take `logger.child({ component })`. */
export function createLogger(
  level: string,
  destination: NodeJS.WritableStream = process.stderr,
): Logger {
  return pino(
    { level, base: { app: 'tocsin' }, redact: { paths: redactPaths, censor: '[redacted]' } },
    destination,
  );
}
