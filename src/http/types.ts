/** Hono environment shared by every route file. */
import type { ApiKeyRole } from '../core/kb/types.js';

/** Who is calling: an API key's holder, or anyone (identified by address for rate limits). */
export type Principal =
  | { readonly kind: 'anonymous'; readonly address: string }
  | {
      readonly kind: 'key';
      readonly id: string;
      readonly name: string;
      readonly role: ApiKeyRole;
      readonly address: string;
    };

export type AppEnv = { Variables: { requestId: string; principal: Principal } };
