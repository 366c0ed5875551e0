/** Options shared by several commands, declared once so their help reads the same everywhere. */
import { Option } from 'commander';

/** `--data-dir DIR` for every command that keeps data. */
export function dataDirOption(): Option {
  return new Option(
    '--data-dir <dir>',
    'where Tocsin keeps its data (default ./data; env TOCSIN_DATA_DIR)',
  );
}

/** `--resolver HOST:PORT` for every command that resolves names. */
export function resolverOption(): Option {
  return new Option(
    '--resolver <host:port>',
    'DNS resolver to ask (default: the system resolver; env TOCSIN_DNS__RESOLVER)',
  );
}

/** `--store URL` for commands that open the knowledge base. */
export function storeOption(): Option {
  return new Option(
    '--store <url>',
    'store URL: sqlite:PATH or postgres://… (env TOCSIN_STORE__URL)',
  );
}
