/**
 * openStore(url): the knowledge base behind a store URL. `sqlite:PATH` (the embedded default) or
 * `postgres://…` / `postgresql://…`. Migrations are applied before the store is returned.
 */
import type { Logger } from 'pino';
import type { KbStore } from '../../core/kb/ports.js';
import { AppError } from '../../core/shared/app-error.js';
import { migrate } from './migrate.js';
import { postgresMigrations } from './postgres/migrations.js';
import { openPostgresDriver } from './postgres/postgres-driver.js';
import type { SqlDriver } from './sql-driver.js';
import { createSqlKbStore } from './sql-kb-store.js';
import { createSqlTrackStore } from './sql-track-store.js';
import { sqliteMigrations } from './sqlite/migrations.js';
import { openSqliteDriver } from './sqlite/sqlite-driver.js';

/** Which engine a store URL selects, and where; throws STORE_URL_INVALID otherwise. */
export function parseStoreUrl(
  url: string,
):
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string } {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new AppError('STORE_URL_INVALID', 'sqlite: store URL has no path');
    return { kind: 'sqlite', path };
  }
  if (/^postgres(?:ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  throw new AppError('STORE_URL_INVALID', 'store URL must start with sqlite: or postgres://', {
    details: { scheme: url.split(':')[0]?.slice(0, 20) ?? '' },
  });
}

/** Opens and migrates the store at `url`; the caller closes it. */
export async function openStore(
  url: string,
  logger: Pick<Logger, 'info'>,
  opts: { readonly nowMs?: number; readonly poolSize?: number } = {},
): Promise<KbStore> {
  const target = parseStoreUrl(url);
  const driver: SqlDriver =
    target.kind === 'sqlite'
      ? openSqliteDriver(target.path)
      : openPostgresDriver(
          target.url,
          opts.poolSize === undefined ? {} : { poolSize: opts.poolSize },
        );
  try {
    const applied = await migrate(
      driver,
      target.kind === 'sqlite' ? sqliteMigrations : postgresMigrations,
      opts.nowMs ?? Date.now(),
    );
    if (applied.length > 0) logger.info({ store: target.kind, applied }, 'store migrated');
  } catch (e) {
    await driver.close();
    throw e;
  }
  return {
    kind: target.kind,
    ...createSqlKbStore(driver),
    ...createSqlTrackStore(driver),
    close: () => driver.close(),
  };
}
