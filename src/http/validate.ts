/**
 * Request validation with the zod schemas that also generate /openapi.json: every issue is
 * reported with its path (400 INPUT_INVALID), and nothing runs before the whole input is valid.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../core/shared/app-error.js';

/** Parses `data` with `schema`; throws INPUT_INVALID listing every issue. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new AppError('INPUT_INVALID', `${what} does not match the schema`, {
    details: {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    },
  });
}

/** The JSON body, or INPUT_INVALID when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError('INPUT_INVALID', 'body is not valid JSON', { cause });
  }
}

/** The query parameters as a plain object (last value wins). */
export function queryOf(c: Context): Record<string, string> {
  return c.req.query();
}

/** True when the request declares a JSON body. */
export function isJsonBody(c: Context): boolean {
  const type = c.req.header('content-type') ?? '';
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}
