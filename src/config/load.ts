/**
 * loadConfig merges defaults < file < env < flags and validates the result (STYLE.md §8).
 * The only module that reads process.env, and only when main.ts calls it.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../core/shared/app-error.js';
import { Config, type ConfigPath, configPaths } from './schema.js';

export const ENV_PREFIX = 'TOCSIN';

/** `server.bodyLimitBytes` -> `TOCSIN_SERVER__BODY_LIMIT_BYTES`. */
export function toEnvName(path: string): string {
  const parts = path.split('.').map((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase());
  return `${ENV_PREFIX}_${parts.join('__')}`;
}

type Tree = Record<string, unknown>;

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next as Tree;
    else {
      const fresh: Tree = {};
      node[key] = fresh;
      node = fresh;
    }
  }
  node[keys[keys.length - 1] as string] = value;
}

function mergeDeep(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (isTree(v) && isTree(b)) out[k] = mergeDeep(b, v);
    else out[k] = v;
  }
  return out;
}

function isTree(v: unknown): v is Tree {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface LoadConfigInput {
  /** Environment variables (process.env in main.ts, a plain object in tests). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Flags already parsed by the CLI, keyed by config path (`dataDir`, `dns.resolver`). */
  flags?: Partial<Record<ConfigPath, unknown>>;
  /** The parsed config file, if any. */
  file?: unknown;
}

/** Builds the frozen effective config; throws CONFIG_INVALID listing every issue with its path. */
export function loadConfig(input: LoadConfigInput = {}): Config {
  let tree: Tree = {};
  if (input.file !== undefined) {
    if (!isTree(input.file))
      throw new AppError('CONFIG_INVALID', 'config file must hold a JSON object');
    tree = mergeDeep(tree, input.file);
  }
  const env = input.env ?? {};
  const fromEnv: Tree = {};
  for (const path of configPaths) {
    const v = env[toEnvName(path)];
    if (v !== undefined && v !== '') setPath(fromEnv, path, v);
  }
  tree = mergeDeep(tree, fromEnv);
  const fromFlags: Tree = {};
  for (const [path, v] of Object.entries(input.flags ?? {})) {
    if (v !== undefined) setPath(fromFlags, path, v);
  }
  tree = mergeDeep(tree, fromFlags);
  const parsed = Config.safeParse(tree);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError(
      'CONFIG_INVALID',
      `invalid configuration: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
      { details: { issues } },
    );
  }
  return deepFreeze(parsed.data);
}

/** Reads and parses a JSON config file (`--config FILE` or TOCSIN_CONFIG). */
export function loadConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `cannot read config file ${path}`, { cause });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `config file ${path} is not valid JSON`, { cause });
  }
}

/** The effective store URL: the configured one, or the SQLite file in the data directory. */
/**
 * How many SMS worker threads `server.smsWorkers` means on a machine with `cores` cores: `auto`
 * is one less than the cores (the HTTP thread keeps one), at least 1 and at most 4.
 */
export function smsWorkersOf(config: Config, cores: number): number {
  const setting = config.server.smsWorkers;
  return setting === 'auto' ? Math.min(4, Math.max(1, cores - 1)) : setting;
}

export function storeUrlOf(config: Config): string {
  return config.store.url !== ''
    ? config.store.url
    : `sqlite:${config.dataDir.replace(/\/+$/, '')}/tocsin.db`;
}

/** The config as `tocsin config show` prints it: secrets (passwords in URLs) redacted. */
export function redactConfig(config: Config): Config {
  return {
    ...config,
    store: { url: config.store.url.replace(/(\/\/[^:/@]{1,256}:)[^@]{1,1024}@/, '$1***@') },
  };
}

function deepFreeze<T>(o: T): T {
  if (isTree(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** The env variables main.ts passes in: only this module touches process.env. */
export function processEnv(): Readonly<Record<string, string | undefined>> {
  return process.env;
}
