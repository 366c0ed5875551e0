/** Hono environment shared by every route file. */
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** Present when served by @hono/node-server; absent under app.request() in tests. */
export interface NodeBindings {
  readonly incoming?: IncomingMessage;
  readonly outgoing?: ServerResponse;
}

export type AppEnv = {
  Bindings: NodeBindings;
  Variables: { requestId: string; principal: Principal; bodyLimitBytes: number };
};
