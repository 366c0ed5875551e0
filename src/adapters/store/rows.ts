/** zod schemas for rows and JSON columns read back from the store (STYLE.md §7): trust nothing on disk. */
import { z } from 'zod';
import { AppError } from '../../core/shared/app-error.js';
import type { JsonValue } from '../../core/kb/types.js';
import { HistoryState, TrackedRrtype, type WatchState } from '../../core/track/types.js';

const ms = z.coerce.number().int();

export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

const Rdata = z.array(z.string());
const AnswerSetSchema = z.union([
  z.object({ kind: z.literal('nxdomain') }).strict(),
  z.object({ kind: z.literal('records'), A: Rdata, AAAA: Rdata, CNAME: Rdata, NS: Rdata }).strict(),
]);

export const WatchStateSchema: z.ZodType<WatchState> = z
  .object({
    current: AnswerSetSchema,
    sinceMs: z.number(),
    changes: z.number().int().min(0),
    recent: z.array(z.object({ key: z.string(), lastSeenMs: z.number() }).strict()),
  })
  .strict();

export const WatchRow = z.object({
  domain: z.string(),
  interval_seconds: z.coerce.number().int(),
  webhook_url: z.string().nullable(),
  added_at_ms: ms,
  next_due_at_ms: ms,
  last_polled_at_ms: ms.nullable(),
  state: z.string().nullable(),
});

export const ResolutionRowSchema = z.object({
  domain: z.string(),
  rrtype: z.enum(TrackedRrtype),
  state: z.enum(HistoryState),
  rdata: z.string(),
  first_seen_ms: ms,
  last_seen_ms: ms,
  count: z.coerce.number().int(),
});

export const AlertRow = z.object({
  id: z.coerce.number().int(),
  key: z.string(),
  domain: z.string(),
  created_at_ms: ms,
  sentence: z.string(),
  payload: z.string(),
});

export const OutboxRow = z.object({
  id: z.coerce.number().int(),
  alert_id: z.coerce.number().int(),
  url: z.string(),
  attempts: z.coerce.number().int(),
  next_attempt_at_ms: ms,
  payload: z.string(),
});

/** Parses a row with `schema`, or throws STORE_DATA_INVALID naming the table. */
export function parseRow<T>(schema: z.ZodType<T>, row: unknown, table: string): T {
  const r = schema.safeParse(row);
  if (!r.success) {
    throw new AppError('STORE_DATA_INVALID', `a ${table} row does not match its schema`, {
      details: {
        issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  return r.data;
}

/** Parses a JSON column (text) and validates it with `schema`. */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, table: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AppError('STORE_DATA_INVALID', `a ${table} JSON column is not JSON`, { cause });
  }
  return parseRow(schema, value, table);
}
