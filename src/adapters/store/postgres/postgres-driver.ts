/** pg behind the async SqlDriver: a small pool, named (prepared-once) statements, BIGINT as number. */
import pg from 'pg';
import { AppError } from '../../../core/shared/app-error.js';
import { type SqlDriver, type SqlExecutor, type SqlRow, toDollarParams } from '../sql-driver.js';

const INT8_OID = 20;

/** Opens a pool on `url` (postgres://…); connections are made on first use. */
export function openPostgresDriver(
  url: string,
  opts: { readonly poolSize?: number } = {},
): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 4,
    connectionTimeoutMillis: 10_000,
    // Times are ms since the epoch in BIGINT columns: well inside 2^53.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const names = new Map<string, { name: string; text: string }>();
  const statement = (sql: string): { name: string; text: string } => {
    let s = names.get(sql);
    if (!s) {
      s = { name: `tocsin_${names.size}`, text: toDollarParams(sql) };
      names.set(sql, s);
    }
    return s;
  };
  const on = (q: pg.Pool | pg.PoolClient): SqlExecutor => {
    const query = async (sql: string, params: readonly unknown[]): Promise<pg.QueryResult> => {
      const s = statement(sql);
      try {
        return await q.query({ name: s.name, text: s.text, values: [...params] });
      } catch (cause) {
        throw new AppError('STORE_UNAVAILABLE', `PostgreSQL statement failed: ${firstLine(sql)}`, {
          cause,
        });
      }
    };
    return {
      run: async (sql, params = []) => (await query(sql, params)).rowCount ?? 0,
      all: async (sql, params = []) => (await query(sql, params)).rows as SqlRow[], // pg rows are plain objects
      get: async (sql, params = []) => (await query(sql, params)).rows[0] as SqlRow | undefined, // idem
      exec: async (script) => {
        try {
          await q.query(script);
        } catch (cause) {
          throw new AppError('STORE_UNAVAILABLE', 'PostgreSQL script failed', { cause });
        }
      },
    };
  };
  const direct = on(pool);
  return {
    dialect: 'postgres',
    ...direct,
    transaction: async (fn) => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (cause) {
        throw new AppError('STORE_UNAVAILABLE', 'cannot connect to PostgreSQL', { cause });
      }
      try {
        await client.query('BEGIN');
        const out = await fn(on(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined); // the connection may be gone; the cause is rethrown below
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function firstLine(sql: string): string {
  return sql.trim().split('\n')[0]?.slice(0, 80) ?? '';
}
