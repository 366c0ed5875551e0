/** `tocsin config show`: the effective configuration, secrets redacted. */
import type { Command } from 'commander';
import type { Config } from '../config/schema.js';
import type { CliIo } from './io.js';
import { dataDirOption, storeOption } from './options.js';

export interface ConfigCommandDeps {
  readonly io: CliIo;
  readonly redactedConfig: () => Config;
}

/** Registers `config show`. */
export function registerConfigCommands(program: Command, deps: ConfigCommandDeps): void {
  const config = program.command('config').description('inspect the configuration');
  config
    .command('show')
    .description('print the effective config (defaults < file < env < flags), secrets redacted')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(() => {
      deps.io.stdout.write(`${JSON.stringify(deps.redactedConfig(), null, 2)}\n`);
    });
}
