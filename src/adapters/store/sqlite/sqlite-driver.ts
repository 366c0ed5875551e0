/** better-sqlite3 behind the async SqlDriver: WAL, a busy timeout, statements cached by text. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../core/shared/app-error.js';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from '../sql-driver.js';

/** Opens (creating if needed) the SQLite file at `path`. */
export function openSqliteDriver(path: string): SqlDriver {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
  } catch (cause) {
    throw new AppError('STORE_UNAVAILABLE', `cannot open SQLite store ${path}`, { cause });
  }
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const wrap = <T>(sql: string, f: () => T): T => {
    try {
      return f();
    } catch (cause) {
      throw new AppError('STORE_UNAVAILABLE', `SQLite statement failed: ${firstLine(sql)}`, {
        cause,
      });
    }
  };
  // Raw executor: synchronous underneath, so one call never interleaves with another.
  const raw: SqlExecutor = {
    run: async (sql, params = []) => wrap(sql, () => prepare(sql).run(...params).changes),
    all: async (sql, params = []) => wrap(sql, () => prepare(sql).all(...params) as SqlRow[]), // rows are plain objects
    get: async (sql, params = []) =>
      wrap(sql, () => prepare(sql).get(...params) as SqlRow | undefined), // a row or nothing
    exec: async (script) => wrap(script, () => void db.exec(script)),
  };
  // One connection: a transaction spans awaits, so every call queues behind the open one.
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = tail.then(fn);
    tail = p.then(
      () => undefined,
      () => undefined,
    );
    return p;
  };
  return {
    dialect: 'sqlite',
    run: (sql, params) => exclusive(() => raw.run(sql, params)),
    all: (sql, params) => exclusive(() => raw.all(sql, params)),
    get: (sql, params) => exclusive(() => raw.get(sql, params)),
    exec: (script) => exclusive(() => raw.exec(script)),
    transaction: (fn) =>
      exclusive(async () => {
        wrap('BEGIN IMMEDIATE', () => db.exec('BEGIN IMMEDIATE'));
        try {
          const out = await fn(raw);
          wrap('COMMIT', () => db.exec('COMMIT'));
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    close: () =>
      exclusive(async () => {
        if (db.open) db.close();
      }),
  };
}

function firstLine(sql: string): string {
  return sql.trim().split('\n')[0]?.slice(0, 80) ?? '';
}

export type { SqlValue };
