/** `tocsin keys create|list|revoke`: API keys for the HTTP API (stored hashed; secret shown once). */
import { type Command, Option } from 'commander';
import { ApiKeyRole } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import type { AuthService } from '../services/auth.js';
import type { CliIo } from './io.js';
import { dataDirOption, storeOption } from './options.js';

export interface KeysCommandDeps {
  readonly io: CliIo;
  readonly auth: () => Promise<AuthService>;
}

/** Registers `keys`. */
export function registerKeysCommands(program: Command, deps: KeysCommandDeps): void {
  const keys = program
    .command('keys')
    .description('API keys for the HTTP API: roles reader < analyst < admin')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tocsin keys create --role analyst --name soc-bot\n  $ tocsin keys list --json\n  $ tocsin keys revoke 3f2a9c0d11e4b7a2',
    );
  keys
    .command('create')
    .description('create a key and print its secret (shown once; only its hash is stored)')
    .addOption(
      new Option('--role <role>', 'what the key may do').choices(ApiKeyRole).default('reader'),
    )
    .requiredOption(
      '--name <name>',
      'who or what holds the key (shown in listings and as note author)',
    )
    .option('--json', 'print {"key", "id", "name", "role", "createdAtMs"}')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (opts: { role: (typeof ApiKeyRole)[number]; name: string; json?: boolean }) => {
      const name = opts.name.trim();
      if (name.length === 0 || name.length > 100) {
        throw new AppError('USAGE_INVALID', '--name must be 1 to 100 characters');
      }
      const { key, record } = await (await deps.auth()).createKey({ role: opts.role, name });
      deps.io.stdout.write(opts.json ? `${JSON.stringify({ key, ...record })}\n` : `${key}\n`);
      if (!opts.json)
        deps.io.stderr.write(
          `created ${record.role} key ${record.id} (${record.name}); the secret above is not shown again\n`,
        );
    });
  keys
    .command('list')
    .description('list keys (never their secrets)')
    .option('--json', 'one JSON object per line')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (opts: { json?: boolean }) => {
      for (const k of await (await deps.auth()).listKeys()) {
        deps.io.stdout.write(
          opts.json
            ? `${JSON.stringify(k)}\n`
            : `${k.id}\t${k.role}\t${k.revokedAtMs === null ? 'live' : 'revoked'}\t${k.name}\n`,
        );
      }
    });
  keys
    .command('revoke <id>')
    .description('revoke a key by its id (a running server stops accepting it within 2 s)')
    .addOption(dataDirOption())
    .addOption(storeOption())
    .action(async (id: string) => {
      if (!(await (await deps.auth()).revokeKey(id))) {
        throw new AppError('NOT_FOUND', `no live key with id ${id}`);
      }
      deps.io.stdout.write(`revoked ${id}\n`);
    });
}
