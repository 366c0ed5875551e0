/**
 * Access: who is calling (an API key from `Authorization: Bearer` or `X-API-Key`, else anonymous by
 * address), what their role allows, and how often they may call. A presented key that is unknown
 * or revoked is refused (401), never downgraded to anonymous.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiKeyRole } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import { hasRole, type ApiKeyView, type AuthService } from '../services/auth.js';
import type { AppEnv, Principal } from './types.js';
import { headerOf } from './validate.js';

/** How long a key lookup is trusted; revocation through the API clears it at once. */
const KEY_CACHE_MS = 2000;
const KEY_CACHE_MAX = 10_000;

export interface KeyResolver {
  resolve(key: string): Promise<ApiKeyView | null>;
  forget(): void;
}

/** Authenticates keys through the service with a short cache (a store read per request is waste). */
export function createKeyResolver(auth: AuthService, now: () => number): KeyResolver {
  const cache = new Map<string, { view: ApiKeyView | null; atMs: number }>();
  return {
    async resolve(key) {
      const hit = cache.get(key);
      const t = now();
      if (hit && t - hit.atMs < KEY_CACHE_MS) return hit.view;
      const view = await auth.authenticate(key);
      if (cache.size >= KEY_CACHE_MAX) cache.clear();
      cache.set(key, { view, atMs: t });
      return view;
    },
    forget: () => cache.clear(),
  };
}

function presentedKey(c: Context<AppEnv>): string | null {
  const header = headerOf(c, 'authorization');
  if (header !== undefined) {
    const m = /^Bearer[ \t]{1,8}(\S{1,200})$/i.exec(header);
    if (m?.[1] === undefined) throw new AppError('UNAUTHORIZED', 'malformed Authorization header');
    return m[1];
  }
  return headerOf(c, 'x-api-key') ?? null;
}

function addressOf(c: Context<AppEnv>): string {
  const socket = c.env?.incoming?.socket;
  if (socket) return socket.remoteAddress ?? 'unknown';
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket: one shared bucket is the right answer there.
    return 'local';
  }
}

/** Sets `principal` on every request. */
export function identify(keys: KeyResolver): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const address = addressOf(c);
    const key = presentedKey(c);
    let principal: Principal = { kind: 'anonymous', address };
    if (key !== null) {
      const view = await keys.resolve(key);
      if (view === null) throw new AppError('UNAUTHORIZED', 'unknown or revoked API key');
      principal = { kind: 'key', id: view.id, name: view.name, role: view.role, address };
    }
    c.set('principal', principal);
    await next();
  };
}

/** Throws UNAUTHORIZED without a key, FORBIDDEN when the key's role is below `needed`. */
export function requireRole(c: Context<AppEnv>, needed: ApiKeyRole): Principal & { kind: 'key' } {
  const p = c.get('principal');
  if (p.kind !== 'key')
    throw new AppError('UNAUTHORIZED', `an API key (${needed} or above) is needed`);
  if (!hasRole(p.role, needed)) {
    throw new AppError('FORBIDDEN', `this needs the ${needed} role; the key is ${p.role}`);
  }
  return p;
}

/** True when the caller holds a key of at least `role`. */
export function hasAtLeast(c: Context<AppEnv>, role: ApiKeyRole): boolean {
  const p = c.get('principal');
  return p.kind === 'key' && hasRole(p.role, role);
}

/**
 * Fixed one-minute windows per key (or per address when anonymous); 0 turns limiting off.
 * In memory: one process's view, which is what a single `tocsin serve` needs.
 */
export function rateLimit(perMinute: number, now: () => number): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { startMs: number; count: number }>();
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const p = c.get('principal');
    const id = p.kind === 'key' ? `k:${p.id}` : `a:${p.address}`;
    const t = now();
    let w = windows.get(id);
    if (w === undefined || t - w.startMs >= 60_000) {
      if (windows.size > 100_000) windows.clear(); // bounded memory under an address flood
      w = { startMs: t, count: 0 };
      windows.set(id, w);
    }
    w.count++;
    if (w.count > perMinute) {
      const retry = Math.max(1, Math.ceil((w.startMs + 60_000 - t) / 1000));
      c.header('retry-after', String(retry));
      throw new AppError('RATE_LIMITED', `more than ${perMinute} requests a minute`, {
        details: { retryAfterSeconds: retry },
      });
    }
    return next();
  };
}
