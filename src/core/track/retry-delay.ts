/** Exponential backoff for webhook delivery: base, 2x base, 4x base ... capped. */

export interface RetryPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** After this many failed attempts the delivery is abandoned (and logged at error). */
  readonly maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  baseMs: 1000,
  maxMs: 60 * 60 * 1000,
  maxAttempts: 20,
});

/** The delay before the next attempt, after `failedAttempts` (>= 1) failures. */
export function toRetryDelayMs(failedAttempts: number, policy: RetryPolicy): number {
  const exp = Math.min(Math.max(failedAttempts - 1, 0), 40);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exp);
}
