/** Expected outcomes are data: a Result is either a value or an error (STYLE.md §6). */
import type { AppError } from './app-error.js';

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
