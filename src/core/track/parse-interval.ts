/** Poll intervals as analysts type them: `90s`, `10m`, `6h`, `1d`, or plain seconds. */
import { AppError } from '../shared/app-error.js';
import { err, ok, type Result } from '../shared/result.js';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const satisfies Record<string, number>;
const DURATION = /^(\d{1,7})([smhd]?)$/;

export const MIN_INTERVAL_SECONDS = 10;
export const MAX_INTERVAL_SECONDS = 30 * 86_400;

/** Parses `10m` into 600 (seconds), within 10 s .. 30 d. */
export function parseIntervalSeconds(input: string): Result<number> {
  const m = DURATION.exec(input.trim());
  if (!m)
    return err(
      new AppError(
        'USAGE_INVALID',
        `not a duration: ${JSON.stringify(input.slice(0, 40))} (try 10m)`,
      ),
    );
  const unit = (m[2] || 's') as keyof typeof UNIT_SECONDS; // the regex allows only these letters
  const seconds = Number(m[1]) * UNIT_SECONDS[unit];
  if (seconds < MIN_INTERVAL_SECONDS || seconds > MAX_INTERVAL_SECONDS) {
    return err(new AppError('USAGE_INVALID', `interval must be between 10s and 30d, got ${input}`));
  }
  return ok(seconds);
}

/** `24h` ago or an ISO date, as ms since the epoch; `nowMs` anchors relative times. */
export function parseSinceMs(input: string, nowMs: number): Result<number> {
  const rel = DURATION.exec(input.trim());
  if (rel) {
    const unit = (rel[2] || 's') as keyof typeof UNIT_SECONDS; // the regex allows only these letters
    return ok(nowMs - Number(rel[1]) * UNIT_SECONDS[unit] * 1000);
  }
  const t = Date.parse(input);
  if (Number.isNaN(t)) {
    return err(
      new AppError(
        'USAGE_INVALID',
        `--since takes an ISO time or a duration like 24h, got ${JSON.stringify(input.slice(0, 40))}`,
      ),
    );
  }
  return ok(t);
}
