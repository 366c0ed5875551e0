/**
 * The `tocsin` command tree. Commands get their services through `deps`, built by main.ts once the
 * effective config (defaults < file < env < flags) is known.
 */
import { Command, CommanderError, Option } from 'commander';
import type { ConfigPath } from '../config/schema.js';
import { registerConfigCommands } from './config.js';
import type { CliIo } from './io.js';
import { registerServeCommand, type ServeDeps } from './serve.js';
import { registerSmsCommands } from './sms.js';
import { registerEnrichCommand } from './enrich.js';
import { registerDataCommands } from './data.js';
import type { EnrichDataService, EnrichService } from '../services/enrich.js';
import { registerWatchCommands } from './watch.js';
import { registerHistoryCommand } from './history.js';
import { registerAlertsCommand } from './alerts.js';
import type { TrackService } from '../services/track.js';
import { registerKeysCommands } from './keys.js';
import type { AuthService } from '../services/auth.js';
import { registerIocCommands } from './ioc.js';
import type { IocService } from '../services/ioc.js';
import type { SmsService } from '../services/sms.js';
import type { Config } from '../config/schema.js';

export interface ProgramDeps {
  readonly io: CliIo;
  readonly version: string;
  /** Loads the effective config from the flags of the command about to run. */
  readonly configure: (flags: Partial<Record<ConfigPath, unknown>>, configFile?: string) => void;
  readonly config: () => Config;
  readonly redactedConfig: () => Config;
  readonly sms: () => SmsService;
  readonly enrich: () => EnrichService;
  readonly enrichData: () => EnrichDataService;
  readonly track: () => Promise<TrackService>;
  readonly runWatcher: (opts: { readonly once: boolean }) => Promise<void>;
  readonly auth: () => Promise<AuthService>;
  readonly ioc: () => IocService;
  readonly serve: ServeDeps['serve'];
  readonly setExitCode: (code: number) => void;
}

/** Flags that map straight onto config paths, wherever a command declares them. */
const flagToPath: Readonly<Record<string, ConfigPath>> = {
  dataDir: 'dataDir',
  store: 'store.url',
  resolver: 'dns.resolver',
  rdapBaseUrl: 'rdap.baseUrl',
  host: 'server.host',
  port: 'server.port',
  logLevel: 'log.level',
};

/** Builds the program; parse with `parseAsync(argv, { from: 'user' })`. */
export function createProgram(deps: ProgramDeps): Command {
  const program = new Command('tocsin');
  program
    .description(
      "Tocsin follows a fraud from the first scam SMS to the criminals' servers:\n" +
        'explained SMS verdicts, indicators from reports, enrichment and C2 tracking.',
    )
    .version(deps.version, '-V, --version')
    .option('--config <file>', 'JSON config file (env TOCSIN_CONFIG)')
    .addOption(
      new Option('--log-level <level>', 'log level on stderr').choices([
        'fatal',
        'error',
        'warn',
        'info',
        'debug',
        'trace',
        'silent',
      ]),
    )
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => deps.io.stdout.write(s),
      writeErr: (s) => deps.io.stderr.write(s),
    });

  program.hook('preAction', (_root, action) => {
    const opts = action.optsWithGlobals<Record<string, unknown>>();
    const flags: Partial<Record<ConfigPath, unknown>> = {};
    for (const [flag, path] of Object.entries(flagToPath)) {
      if (opts[flag] !== undefined) flags[path] = opts[flag];
    }
    deps.configure(flags, typeof opts['config'] === 'string' ? opts['config'] : undefined);
  });

  registerSmsCommands(program, {
    io: deps.io,
    sms: deps.sms,
    maxLineBytes: () => deps.config().sms.maxLineBytes,
    setExitCode: deps.setExitCode,
  });
  registerIocCommands(program, { io: deps.io, ioc: deps.ioc, setExitCode: deps.setExitCode });
  registerWatchCommands(program, {
    io: deps.io,
    track: deps.track,
    runWatcher: deps.runWatcher,
    setExitCode: deps.setExitCode,
  });
  registerHistoryCommand(program, { io: deps.io, track: deps.track });
  registerAlertsCommand(program, { io: deps.io, track: deps.track });
  registerKeysCommands(program, { io: deps.io, auth: deps.auth });
  registerEnrichCommand(program, {
    io: deps.io,
    enrich: deps.enrich,
    setExitCode: deps.setExitCode,
  });
  registerDataCommands(program, { io: deps.io, enrichData: deps.enrichData });
  registerServeCommand(program, { io: deps.io, serve: deps.serve });
  registerConfigCommands(program, { io: deps.io, redactedConfig: deps.redactedConfig });
  return program;
}

/** True when commander stopped for help or version output (exit 0). */
export function isCleanExit(e: unknown): boolean {
  return (
    e instanceof CommanderError &&
    (e.code === 'commander.helpDisplayed' ||
      e.code === 'commander.version' ||
      e.code === 'commander.help')
  );
}
