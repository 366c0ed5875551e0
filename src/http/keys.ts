/** /v1/keys: API keys for admins. The secret is in the creation answer once and stored only hashed. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { ApiKeyRole } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import type { AuthService } from '../services/auth.js';
import { requireRole } from './auth.js';
import type { ApiDoc } from './openapi.js';
import type { AppEnv } from './types.js';
import { parseWith, readJson } from './validate.js';

export const KeyBody = z
  .object({ role: z.enum(ApiKeyRole), name: z.string().trim().min(1).max(100) })
  .strict();

/** Mounts the key routes; `onRevoke` drops cached authentications. */
export function mountKeyRoutes(
  app: Hono<AppEnv>,
  deps: {
    readonly auth: () => Promise<AuthService>;
    readonly onRevoke: () => void;
    readonly doc: ApiDoc;
  },
): void {
  const { auth, doc } = deps;
  doc.route({
    method: 'get',
    path: '/v1/keys',
    summary: 'List API keys (never their secrets)',
    access: 'admin',
  });
  app.get('/v1/keys', async (c) => {
    requireRole(c, 'admin');
    return c.json({ keys: await (await auth()).listKeys() });
  });
  doc.route({
    method: 'post',
    path: '/v1/keys',
    summary: 'Create an API key; the secret is shown once',
    access: 'admin',
    body: KeyBody,
  });
  app.post('/v1/keys', async (c) => {
    requireRole(c, 'admin');
    const b = parseWith(KeyBody, await readJson(c), 'request body');
    const { key, record } = await (await auth()).createKey(b);
    return c.json({ key, ...record }, 201);
  });
  doc.route({
    method: 'delete',
    path: '/v1/keys/:id',
    summary: 'Revoke an API key',
    access: 'admin',
  });
  app.delete('/v1/keys/:id', async (c) => {
    requireRole(c, 'admin');
    const id = parseWith(
      z.string().regex(/^[0-9a-f]{16}$/, 'not a key id'),
      c.req.param('id'),
      'key id',
    );
    if (!(await (await auth()).revokeKey(id)))
      throw new AppError('NOT_FOUND', 'no live key with that id');
    deps.onRevoke();
    return c.json({ id, revoked: true });
  });
}
