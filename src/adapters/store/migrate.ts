/**
 * Versioned migrations: numbered SQL scripts per dialect, recorded in `schema_migrations`, all
 * pending ones applied in one transaction when the store opens (a failure changes nothing).
 */
import { AppError } from '../../core/shared/app-error.js';
import type { SqlDriver } from './sql-driver.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Applies the migrations the database lacks; returns the versions applied. */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[],
  nowMs: number,
): Promise<readonly number[]> {
  try {
    return await driver.transaction(async (tx) => {
      if (driver.dialect === 'postgres') {
        // Two processes opening a fresh database at once: the second waits, then finds it done.
        await tx.exec('SELECT pg_advisory_xact_lock(7305201)');
      }
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)',
      );
      const rows = await tx.all('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((r) => Number(r['version'])));
      const known = new Set(migrations.map((m) => m.version));
      const unknown = [...applied].filter((v) => !known.has(v));
      if (unknown.length > 0) {
        throw new AppError(
          'STORE_MIGRATION_FAILED',
          `the database has migrations this version does not know: ${unknown.join(', ')}`,
        );
      }
      const done: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (applied.has(m.version)) continue;
        await tx.exec(m.sql);
        await tx.run(
          'INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (?, ?, ?)',
          [m.version, m.name, nowMs],
        );
        done.push(m.version);
      }
      return done;
    });
  } catch (cause) {
    if (cause instanceof AppError && cause.code === 'STORE_MIGRATION_FAILED') throw cause;
    throw new AppError('STORE_MIGRATION_FAILED', 'cannot migrate the knowledge base', { cause });
  }
}
