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
import { openStore } from './adapters/store/open-store.js';
import { createWebhookSender } from './adapters/webhook/post-json-webhook.js';
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
import { describeTarget } from './core/enrich/describe-target.js';
import { toObservation } from './core/track/from-dns-answers.js';
import type { KbStore } from './core/kb/ports.js';
import { createTrackService, type TrackService } from './services/track.js';
import { storeUrlOf } from './config/load.js';
import { CommanderError } from 'commander';

interface Context {
  readonly config: Config;
  readonly logger: Logger;
  readonly sms: SmsService;
  readonly enrich: EnrichService;
  readonly enrichData: EnrichDataService;
  /** The knowledge base, opened (and migrated) on first use. */
  readonly kb: () => Promise<KbStore>;
  readonly track: () => Promise<TrackService>;
  /** Closes what was opened (the store). */
  readonly close: () => Promise<void>;
  readonly ioc: IocService;
}

/** Builds the services for a config. */
export function createContext(config: Config, logger: Logger): Context {
  let kb: Promise<KbStore> | undefined;
  const openKb = (): Promise<KbStore> => {
    kb ??= openStore(storeUrlOf(config), logger.child({ component: 'store' }));
    return kb;
  };
  let track: Promise<TrackService> | undefined;
  const openTrack = (): Promise<TrackService> => {
    track ??= openKb().then((store) => createTrack(config, logger, store));
    return track;
  };
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
    kb: openKb,
    track: openTrack,
    close: async () => {
      if (kb) await (await kb).close();
    },
    ioc: createIocService({ pdf: createUnpdfText(), maxInputBytes: DEFAULT_MAX_INPUT_BYTES }),
  };
}

/** Tracking: the DNS adapter as a TrackResolverPort, offline enrichment as the describer. */
function createTrack(config: Config, logger: Logger, store: KbStore): TrackService {
  const dns = createDnsResolver({ resolver: config.dns.resolver, timeoutMs: config.dns.timeoutMs });
  // Alerts describe targets from the shipped tables (offline): an alert never waits on RDAP.
  const enrich = createEnrichService({
    dns,
    rdap: { lookup: async () => ({ status: 'offline' }) },
    asn: createAsnLookup({ dataDir: config.dataDir }),
    clock: Date.now,
  });
  return createTrackService({
    store,
    resolver: {
      resolveTracked: async (name, { signal }) => toObservation(await dns.resolve(name, { signal })),
    },
    describer: {
      describeTarget: async (ip) => {
        const r = await enrich.enrich(ip, { offline: true });
        return r.ok ? describeTarget(r.value) : ip;
      },
    },
    webhook: createWebhookSender({ userAgent: `tocsin/${pkg.version}` }),
    logger: logger.child({ component: 'track' }),
    now: Date.now,
    options: { queryTimeoutMs: config.dns.timeoutMs * 2 + 1000 },
  });
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

/** Runs the watcher until SIGTERM/SIGINT (or one round with `once`). */
async function runWatcher(context: Context, once: boolean): Promise<void> {
  const track = await context.track();
  const ac = new AbortController();
  const stop = (): void => ac.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    await track.runWatcher({ once, signal: ac.signal });
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  }
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
    track: () => ctx().track(),
    runWatcher: ({ once }) => runWatcher(ctx(), once),
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
  } finally {
    await context?.close();
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
