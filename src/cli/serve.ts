/** `tocsin serve`: the HTTP API and web UI on one process (what `npm start` runs). */
import type { Command } from 'commander';
import type { CliIo } from './io.js';
import { dataDirOption, storeOption } from './options.js';

export interface ServeDeps {
  readonly io: CliIo;
  /** Starts the server and resolves when it has stopped (SIGTERM/SIGINT). */
  readonly serve: () => Promise<void>;
}

/** Registers `serve`. */
export function registerServeCommand(program: Command, deps: ServeDeps): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API and the web UI (default 127.0.0.1:8080, SQLite in the data directory)',
    )
    .option('--port <n>', 'port to listen on (env TOCSIN_SERVER__PORT)')
    .option('--host <host>', 'address to listen on (env TOCSIN_SERVER__HOST)')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async () => {
      await deps.serve();
    });
}
