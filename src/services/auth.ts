/**
 * API keys: creation (a random 32-byte secret shown once, stored as its SHA-256), lookup, listing,
 * revocation, and the first admin key of a fresh install. Depends on the ApiKeyStore port only.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyStore } from '../core/kb/ports.js';
import type { ApiKeyRecord, ApiKeyRole } from '../core/kb/types.js';

/** What a key's owner may do; each role includes the ones before it. */
const RANK: Readonly<Record<ApiKeyRole, number>> = { reader: 1, analyst: 2, admin: 3 };

/** Keys carry a recognisable prefix so secret scanners and humans spot them. */
export const API_KEY_PREFIX = 'tocsin_';

/** A key record without its hash: what listings show. */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly role: ApiKeyRole;
  readonly createdAtMs: number;
  readonly revokedAtMs: number | null;
}

export interface AuthService {
  /** Creates a key; the secret is returned once and never stored. */
  createKey(opts: {
    readonly role: ApiKeyRole;
    readonly name: string;
  }): Promise<{ readonly key: string; readonly record: ApiKeyView }>;
  /** The live key record for a presented secret, or null (unknown or revoked). */
  authenticate(key: string): Promise<ApiKeyView | null>;
  listKeys(): Promise<readonly ApiKeyView[]>;
  /** False when no live key has that id. */
  revokeKey(id: string): Promise<boolean>;
  /** On a store without keys, creates an admin key and returns its secret; else null. */
  ensureFirstAdmin(): Promise<string | null>;
}

/** True when `role` may act as `needed`. */
export function hasRole(role: ApiKeyRole, needed: ApiKeyRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** SHA-256 (hex) of a presented key: what the store keeps and looks up. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function toView(r: ApiKeyRecord): ApiKeyView {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    createdAtMs: r.createdAtMs,
    revokedAtMs: r.revokedAtMs,
  };
}

/** Creates the API-key service over the store. */
export function createAuthService(deps: {
  readonly store: ApiKeyStore;
  readonly now: () => number;
}): AuthService {
  const createKey: AuthService['createKey'] = async ({ role, name }) => {
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record: ApiKeyRecord = {
      id: randomBytes(8).toString('hex'),
      name,
      role,
      keyHash: hashApiKey(key),
      createdAtMs: deps.now(),
      revokedAtMs: null,
    };
    await deps.store.saveApiKey(record);
    return { key, record: toView(record) };
  };
  return {
    createKey,
    async authenticate(key) {
      // Cheap shape check first: garbage never reaches the store.
      if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
      const r = await deps.store.findApiKeyByHash(hashApiKey(key));
      return r === null || r.revokedAtMs !== null ? null : toView(r);
    },
    async listKeys() {
      return (await deps.store.listApiKeys()).map(toView);
    },
    revokeKey: (id) => deps.store.revokeApiKey(id, deps.now()),
    async ensureFirstAdmin() {
      if ((await deps.store.listApiKeys()).length > 0) return null;
      return (await createKey({ role: 'admin', name: 'first admin' })).key;
    },
  };
}
