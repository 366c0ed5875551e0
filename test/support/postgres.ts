/**
 * A throwaway PostgreSQL for tests and benches: `initdb` in a temp dir, `pg_ctl start` on a free
 * loopback port with fsync off, a migrated template database, one clone per caller, stopped and
 * deleted by `stop()`. As root, the server runs as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/adapters/store/open-store.js';

const silent = { info: () => undefined };

/** The directory holding initdb/pg_ctl: $PG_BIN_DIR, Debian's /usr/lib/postgresql/N/bin, or PATH. */
export function findPgBinDir(): string | null {
  const fromEnv = process.env['PG_BIN_DIR'];
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found !== '' ? join(found, '..') : null;
}

/** A free TCP port on 127.0.0.1 (released before returning; good enough for a test server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestPostgres {
  /** A fresh database cloned from the migrated template; returns its URL. */
  createDatabase(): Promise<string>;
  readonly templateUrl: string;
  stop(): Promise<void>;
}

/** Starts PostgreSQL, migrates a template database, and returns the handle. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPgBinDir();
  if (bin === null)
    throw new Error('PostgreSQL binaries not found (install the postgresql package)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-pg-'));
  const data = join(dir, 'data');
  const run = (cmd: string, args: readonly string[]): void => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]]
      : [cmd, [...args]];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'tocsin',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--no-instructions',
  ]);
  const opts = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    opts,
    '-l',
    join(dir, 'log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const base = `postgres://tocsin@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  const stop = async (): Promise<void> => {
    await admin.end().catch(() => undefined); // already closed or never connected: stopping anyway
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await admin.connect();
    await admin.query('CREATE DATABASE tocsin_tpl');
    const tpl = await openStore(`${base}/tocsin_tpl`, silent);
    await tpl.close();
  } catch (e) {
    await stop();
    throw e;
  }
  let n = 0;
  return {
    templateUrl: `${base}/tocsin_tpl`,
    async createDatabase() {
      const name = `tocsin_t${process.pid}_${++n}`;
      await admin.query(`CREATE DATABASE ${name} TEMPLATE tocsin_tpl`);
      return `${base}/${name}`;
    },
    stop,
  };
}
