/**
 * The UI's only way to the server: the public HTTP API, like any other client. Every answer is
 * validated against the shape the view needs; every failure is data the view can show.
 */
import * as z from 'zod/mini';
import { loadApiKey } from './settings-store.js';

export type ApiFailure =
  /** The endpoint is not there (404/405/501): the server does not offer the feature yet. */
  | { readonly kind: 'unavailable'; readonly path: string; readonly status: number }
  | { readonly kind: 'not-found'; readonly path: string }
  | { readonly kind: 'unauthorized'; readonly status: number }
  | {
      readonly kind: 'problem';
      readonly status: number;
      readonly code: string;
      readonly detail: string;
      readonly requestId: string | null;
    }
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string };

/** What validates an answer: a zod schema, or listOf()'s wrapper around one. */
export interface Parser<T> {
  safeParse(data: unknown):
    | { readonly success: true; readonly data: T }
    | {
        readonly success: false;
        readonly error: {
          readonly issues: readonly {
            readonly path: readonly PropertyKey[];
            readonly message: string;
          }[];
        };
      };
}

export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiFailure };

export interface ApiRequest<T> {
  readonly method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  readonly path: string;
  /** A JSON body, or raw bytes with their content type. */
  readonly body?: unknown;
  readonly raw?: { readonly bytes: ArrayBuffer; readonly contentType: string };
  readonly schema: Parser<T>;
  /** A 404 means "no such item" (true) rather than "no such endpoint" (default). */
  readonly itemLookup?: boolean;
  readonly signal?: AbortSignal;
}

const Problem = z.looseObject({
  code: z.optional(z.string()),
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  requestId: z.optional(z.nullable(z.string())),
});

/** Headers for a call to the API: `accept`, and the key from Settings when there is one. */
export function apiHeaders(accept = 'application/json'): Headers {
  const headers = new Headers({ accept });
  const key = loadApiKey();
  if (key) headers.set('authorization', `Bearer ${key}`);
  return headers;
}

function headersOf<T>(req: ApiRequest<T>): Headers {
  const headers = apiHeaders();
  if (req.raw) headers.set('content-type', req.raw.contentType);
  else if (req.body !== undefined) headers.set('content-type', 'application/json');
  return headers;
}

/** The failure a non-2xx answer stands for. */
export async function failureOf(
  res: Response,
  req: { readonly path: string; readonly itemLookup?: boolean },
): Promise<ApiFailure> {
  const parsed = Problem.safeParse(await res.json().catch(() => null));
  const p = parsed.success ? parsed.data : {};
  if (res.status === 401 || res.status === 403) return { kind: 'unauthorized', status: res.status };
  if (res.status === 404 && req.itemLookup && p.code !== undefined) {
    return { kind: 'not-found', path: req.path };
  }
  if (res.status === 404 || res.status === 405 || res.status === 501) {
    return { kind: 'unavailable', path: req.path, status: res.status };
  }
  return {
    kind: 'problem',
    status: res.status,
    code: p.code ?? p.title ?? `HTTP ${res.status}`,
    detail: p.detail ?? res.statusText,
    requestId: p.requestId ?? res.headers.get('x-request-id'),
  };
}

/** Calls the API and validates the answer; never throws. */
export async function callApi<T>(req: ApiRequest<T>): Promise<ApiResult<T>> {
  let res: Response;
  try {
    const body = req.raw ? req.raw.bytes : req.body === undefined ? null : JSON.stringify(req.body);
    res = await fetch(req.path, {
      method: req.method ?? 'GET',
      headers: headersOf(req),
      body,
      ...(req.signal ? { signal: req.signal } : {}),
    });
  } catch (e) {
    return {
      ok: false,
      error: { kind: 'network', message: e instanceof Error ? e.message : String(e) },
    };
  }
  if (!res.ok) return { ok: false, error: await failureOf(res, req) };
  if (res.status === 204) return validate(req.schema, null);
  const json: unknown = await res.json().catch(() => undefined);
  if (json === undefined) {
    return { ok: false, error: { kind: 'invalid', message: 'the body is not JSON' } };
  }
  return validate(req.schema, json);
}

function validate<T>(schema: Parser<T>, json: unknown): ApiResult<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first
    ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}`
    : 'no detail';
  return { ok: false, error: { kind: 'invalid', message: where } };
}

/** A list the server may send bare (`[...]`) or wrapped (`{"<key>": [...]}`), as an array. */
export function listOf<T>(item: z.ZodMiniType<T>, key: string): Parser<T[]> {
  const bare = z.array(item);
  const wrapped = z.looseObject({ [key]: bare });
  return {
    safeParse(data) {
      if (Array.isArray(data)) return bare.safeParse(data);
      const w = wrapped.safeParse(data);
      if (!w.success) return w;
      // Validated just above: the key holds an array of items.
      return { success: true, data: w.data[key] as T[] };
    },
  };
}
