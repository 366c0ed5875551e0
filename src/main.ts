/**
 * Composition root: config -> logger -> adapters -> services -> http | cli. The only module that
 * constructs adapters and wires them into services (STYLE.md §2).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { serve as serveHttp } from '@hono/node-server';
import pkg from '../package.json' with { type: 'json' };
import { createLogger, type Logger } from './adapters/log/create-logger.js';
import { reportError, EXIT_BAD_INPUT } from './cli/errors.js';
import { type CliIo, processIo } from './cli/io.js';
import { createProgram, isCleanExit } from './cli/program.js';
import { loadConfig, loadConfigFile, processEnv, redactConfig } from './config/load.js';
import type { Config, ConfigPath } from './config/schema.js';
import { AppError } from './core/shared/app-error.js';
import { createHttpApp } from './http/app.js';
import { createSmsService, type SmsService } from './services/sms.js';
import { createIocService, DEFAULT_MAX_INPUT_BYTES, type IocService } from './services/ioc.js';
import { createUnpdfText } from './adapters/pdf/unpdf-text.js';
import { createDnsResolver } from './adapters/dns/dns-resolver.js';
import { createAsnLookup } from './adapters/asn/load-asn-table.js';
import {
  createEnrichDataService,
  createEnrichService,
  type EnrichDataService,
  type EnrichService,
} from './services/enrich.js';
import { createEnrichData } from './adapters/asn/update-asn-table.js';
import { createRdapClient } from './adapters/rdap/rdap-client.js';
import { loadRdapBootstrap } from './adapters/rdap/bootstrap.js';
import { SHIPPED_RDAP_BOOTSTRAP } from './adapters/rdap/data/bootstrap.generated.js';
import type { RdapPort } from './core/enrich/ports.js';
import { CommanderError } from 'commander';

interface Context {
  readonly config: Config;
  readonly logger: Logger;
  readonly sms: SmsService;
  readonly enrich: EnrichService;
  readonly enrichData: EnrichDataService;
  readonly ioc: IocService;
}

/** Builds the services for a config. */
export function createContext(config: Config, logger: Logger): Context {
  return {
    config,
    logger,
    sms: createSmsService({ maxTextChars: config.sms.maxTextChars }),
    enrich: createEnrichService({
      dns: createDnsResolver({ resolver: config.dns.resolver, timeoutMs: config.dns.timeoutMs }),
      // The RDAP bootstrap and the AS table are read on first use: other commands pay nothing.
      rdap: createLazyRdap(config),
      asn: createAsnLookup({ dataDir: config.dataDir }),
      clock: Date.now,
    }),
    enrichData: createEnrichDataService(createEnrichData(config.dataDir)),
    ioc: createIocService({ pdf: createUnpdfText(), maxInputBytes: DEFAULT_MAX_INPUT_BYTES }),
  };
}

/** The RDAP port, with the bootstrap files (data dir first, else shipped) read on first use. */
function createLazyRdap(config: Config): RdapPort {
  let client: RdapPort | undefined;
  return {
    lookup: (query, opts) => {
      client ??= createRdapClient({
        bootstrap: loadRdapBootstrap(config.dataDir, SHIPPED_RDAP_BOOTSTRAP),
        ...(config.rdap.baseUrl ? { baseUrl: config.rdap.baseUrl } : {}),
        timeoutMs: config.rdap.timeoutMs,
        maxBytes: config.rdap.maxBytes,
      });
      return client.lookup(query, opts);
    },
  };
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  let context: Context | undefined;
  const env = processEnv();
  const ctx = (): Context => {
    if (!context) throw new AppError('INTERNAL', 'context used before configuration');
    return context;
  };
  const program = createProgram({
    io,
    version: pkg.version,
    configure: (flags: Partial<Record<ConfigPath, unknown>>, configFile?: string) => {
      const file = configFile ?? env['TOCSIN_CONFIG'];
      const config = loadConfig({
        env,
        flags,
        ...(file ? { file: loadConfigFile(file) } : {}),
      });
      context = createContext(config, createLogger(config.log.level));
    },
    config: () => ctx().config,
    redactedConfig: () => redactConfig(ctx().config),
    sms: () => ctx().sms,
    enrich: () => ctx().enrich,
    enrichData: () => ctx().enrichData,
    ioc: () => ctx().ioc,
    serve: () => serve(ctx()),
    setExitCode: (code) => {
      exitCode = code;
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (isCleanExit(e)) return 0;
    if (e instanceof CommanderError) return EXIT_BAD_INPUT;
    return reportError(e, io.stderr);
  }
}

/** Serves HTTP until SIGTERM/SIGINT, then stops accepting, drains in-flight requests and closes. */
async function serve(context: Context): Promise<void> {
  const { config, logger } = context;
  mkdirSync(config.dataDir, { recursive: true });
  let ready = false;
  const app = createHttpApp({
    sms: context.sms,
    logger: logger.child({ component: 'http' }),
    bodyLimitBytes: config.server.bodyLimitBytes,
    newRequestId: randomUUID,
    isReady: () => ready,
  });
  await new Promise<void>((resolve, reject) => {
    const server = serveHttp(
      { fetch: app.fetch, hostname: config.server.host, port: config.server.port },
      (info) => {
        ready = true;
        logger.info({ host: info.address, port: info.port, dataDir: config.dataDir }, 'listening');
      },
    );
    server.once('error', (e) =>
      reject(new AppError('INTERNAL', `cannot listen: ${e.message}`, { cause: e })),
    );
    const stop = (signal: string) => {
      ready = false;
      logger.info({ signal }, 'shutting down');
      server.close(() => {
        logger.info('stopped');
        resolve();
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
