/**
 * The store implementations every contract suite runs against: SQLite in a temp file and a
 * PostgreSQL this process starts (one server per test file, one cloned database per `open()`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/adapters/store/open-store.js';
import type { KbStore } from '../../src/core/kb/ports.js';
import { startPostgres, type TestPostgres } from './postgres.js';

const silent = { info: () => undefined };

export interface StoreKind {
  readonly name: 'sqlite' | 'postgres';
  /** Starts what the kind needs (beforeAll). */
  setup(): Promise<void>;
  /** A fresh, empty, migrated store URL. */
  url(): Promise<string>;
  /** A fresh, empty, migrated store. */
  open(): Promise<KbStore>;
  /** Stops and deletes everything (afterAll). */
  teardown(): Promise<void>;
}

function sqliteKind(): StoreKind {
  let dir = '';
  let n = 0;
  const url = async (): Promise<string> => `sqlite:${join(dir, `kb-${++n}.db`)}`;
  return {
    name: 'sqlite',
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'tocsin-sqlite-'));
    },
    url,
    open: async () => openStore(await url(), silent),
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresKind(): StoreKind {
  let server: TestPostgres | null = null;
  const url = async (): Promise<string> => {
    if (server === null) throw new Error('postgres kind used before setup()');
    return server.createDatabase();
  };
  return {
    name: 'postgres',
    async setup() {
      server = await startPostgres();
    },
    url,
    open: async () => openStore(await url(), silent),
    async teardown() {
      await server?.stop();
      server = null;
    },
  };
}

/** Both kinds, fresh per call (each test file gets its own). */
export function storeKinds(): readonly StoreKind[] {
  return [sqliteKind(), postgresKind()];
}
