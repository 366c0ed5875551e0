/**
 * The real HTTP app in process (app.request()), composed by main.ts on a fresh SQLite file in a
 * temp data directory, with the first admin key and one key per role ready to use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/load.js';
import type { KbStore } from '../../src/core/kb/ports.js';
import type { ApiKeyRole } from '../../src/core/kb/types.js';
import type { KbServices } from '../../src/http/app.js';
import { createContext, createServerApp } from '../../src/main.js';

export interface TestApp {
  /** The Hono app itself, e.g. to put it on a real socket with createNodeServer(). */
  readonly app: ReturnType<typeof createServerApp>;
  readonly request: (
    path: string,
    init?: RequestInit & { key?: string | null },
  ) => Promise<Response>;
  readonly keys: Readonly<Record<ApiKeyRole, string>>;
  readonly kb: KbServices;
  readonly store: KbStore;
  readonly shutdown: AbortController;
  readonly close: () => Promise<void>;
}

/** Builds the app; `env` sets config the way TOCSIN_* variables would. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tocsin-http-'));
  const config = loadConfig({
    env: {
      TOCSIN_DATA_DIR: dataDir,
      TOCSIN_LOG__LEVEL: 'silent',
      TOCSIN_SERVER__WATCH: 'false',
      ...env,
    },
    flags: {},
  });
  const context = createContext(config, pino({ level: 'silent' }));
  const kb = await context.kbServices();
  const shutdown = new AbortController();
  const app = createServerApp(context, kb, { isReady: () => true, shutdown: shutdown.signal });
  const make = async (role: ApiKeyRole) =>
    (await kb.auth.createKey({ role, name: `test-${role}` })).key;
  const keys = {
    reader: await make('reader'),
    analyst: await make('analyst'),
    admin: await make('admin'),
  };
  return {
    app,
    keys,
    kb,
    store: await context.kb(),
    shutdown,
    request: (path, init = {}) => {
      const { key, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (key) headers.set('authorization', `Bearer ${key}`);
      return Promise.resolve(app.request(path, { ...rest, headers }));
    },
    close: async () => {
      shutdown.abort();
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
