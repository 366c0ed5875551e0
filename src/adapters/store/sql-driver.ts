/**
 * The little SQL surface the knowledge base needs, implemented for better-sqlite3 and pg. Queries
 * use `?` placeholders (the pg driver rewrites them to `$n` once per statement) and portable SQL
 * (`ON CONFLICT … DO UPDATE`, `RETURNING`, `CASE` instead of MAX/GREATEST).
 */

export type SqlValue = string | number | null;
export type SqlRow = Readonly<Record<string, unknown>>;

/** Runs statements on one connection; statements are prepared once and cached by text. */
export interface SqlExecutor {
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  all(sql: string, params?: readonly SqlValue[]): Promise<readonly SqlRow[]>;
  get(sql: string, params?: readonly SqlValue[]): Promise<SqlRow | undefined>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction on one connection: commit on return, rollback on throw. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?` placeholders to `$1, $2…` (no statement of ours has a `?` inside a literal). */
export function toDollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
