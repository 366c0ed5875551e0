/**
 * Composition root: config -> logger -> adapters -> services -> http | cli. The only module that
 * constructs adapters and wires them into services (STYLE.md §2).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import pkg from '../package.json' with { type: 'json' };
import { createLogger, type Logger } from './adapters/log/create-logger.js';
import { createWorkerPool, type WorkerPool } from './adapters/worker/worker-pool.js';
import { reportError, EXIT_BAD_INPUT } from './cli/errors.js';
import { type CliIo, processIo } from './cli/io.js';
import { createProgram, isCleanExit } from './cli/program.js';
import { loadConfig, loadConfigFile, processEnv, redactConfig } from './config/load.js';
import type { Config, ConfigPath } from './config/schema.js';
import { AppError } from './core/shared/app-error.js';
import { createSmsService, type SmsService } from './services/sms.js';
import { createIocService, DEFAULT_MAX_INPUT_BYTES, type IocService } from './services/ioc.js';
import { createUnpdfText } from './adapters/pdf/unpdf-text.js';
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
import { smsWorkersOf, storeUrlOf } from './config/load.js';
import { CommanderError } from 'commander';
import { fileURLToPath } from 'node:url';
import { createHttpApp, type KbServices } from './http/app.js';
import type { ClassifySmsBody } from './http/sms.js';
import type { SmsWorkerData } from './sms-worker.js';
import { createNodeServer } from './http/node-server.js';
import { createAuthService } from './services/auth.js';
import { createReportsService } from './services/reports.js';
import { createIndicatorsService } from './services/indicators.js';
import { createNotesService } from './services/notes.js';
import { createGoService } from './services/go.js';
import { createAlertFeed } from './services/alert-feed.js';
import { loadWebFiles } from './adapters/web/load-web-files.js';

export interface Context {
  readonly config: Config;
  readonly logger: Logger;
  readonly sms: SmsService;
  readonly enrich: EnrichService;
  readonly enrichData: EnrichDataService;
  /** The knowledge base, opened (and migrated) on first use. */
  readonly kb: () => Promise<KbStore>;
  readonly track: () => Promise<TrackService>;
  /** The services on the knowledge base that the HTTP API serves. */
  readonly kbServices: () => Promise<KbServices>;
  /** Closes what was opened (the store). */
  readonly close: () => Promise<void>;
  readonly ioc: IocService;
}

/** Builds the services for a config. */
export function createContext(config: Config, logger: Logger): Context {
  let kb: Promise<KbStore> | undefined;
  const openKb = (): Promise<KbStore> => {
    // Imported on first use: the store drivers (better-sqlite3, pg) cost 20 MB and 0.3 s at start,
    // which `sms check` and `sms classify` never need.
    kb ??= import('./adapters/store/open-store.js').then(({ openStore }) =>
      openStore(storeUrlOf(config), logger.child({ component: 'store' })),
    );
    return kb;
  };
  // One resolver and one AS table (read on first use) for enrichment and tracking alike.
  const dns = createDnsResolver({ resolver: config.dns.resolver, timeoutMs: config.dns.timeoutMs });
  const enrich = createEnrichService({
    dns,
    // The RDAP bootstrap and the AS table are read on first use: other commands pay nothing.
    rdap: createLazyRdap(config),
    asn: createAsnLookup({ dataDir: config.dataDir }),
    clock: Date.now,
  });
  let track: Promise<TrackService> | undefined;
  const openTrack = (): Promise<TrackService> => {
    track ??= openKb().then((store) => createTrack({ config, logger, store, dns, enrich }));
    return track;
  };
  const ioc = createIocService({ pdf: createUnpdfText(), maxInputBytes: DEFAULT_MAX_INPUT_BYTES });
  let kbServices: Promise<KbServices> | undefined;
  const openKbServices = (): Promise<KbServices> => {
    kbServices ??= Promise.all([openKb(), openTrack()]).then(([store, trackService]) =>
      createKbServices({ store, track: trackService, enrich, ioc, logger }),
    );
    return kbServices;
  };
  return {
    config,
    logger,
    sms: createSmsService({ maxTextChars: config.sms.maxTextChars }),
    enrich,
    enrichData: createEnrichDataService(createEnrichData(config.dataDir)),
    kb: openKb,
    track: openTrack,
    kbServices: openKbServices,
    close: async () => {
      if (kbServices) (await kbServices).alertFeed.close();
      if (kb) await (await kb).close();
    },
    ioc,
  };
}

/** The knowledge-base services, on one open store. */
function createKbServices(deps: {
  readonly store: KbStore;
  readonly track: TrackService;
  readonly enrich: EnrichService;
  readonly ioc: IocService;
  readonly logger: Logger;
}): KbServices {
  const { store, logger } = deps;
  const now = Date.now;
  return {
    auth: createAuthService({ store, now }),
    reports: createReportsService({
      store,
      ioc: deps.ioc,
      pdf: createUnpdfText(),
      maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
      now,
    }),
    indicators: createIndicatorsService({ store, enrich: deps.enrich, now }),
    notes: createNotesService({ store, now }),
    track: deps.track,
    go: createGoService({ store }),
    alertFeed: createAlertFeed({
      store,
      now,
      pollMs: 1000,
      onError: (e) =>
        logger.warn({ err: e, component: 'alert-feed' }, 'alert poll failed; retrying'),
    }),
  };
}

/** Tracking: the DNS adapter as a TrackResolverPort, offline enrichment as the describer. */
function createTrack(deps: {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: KbStore;
  readonly dns: ReturnType<typeof createDnsResolver>;
  readonly enrich: EnrichService;
}): TrackService {
  const { config, logger, store, dns, enrich } = deps;
  return createTrackService({
    store,
    resolver: {
      resolveTracked: async (name, { signal }) =>
        toObservation(await dns.resolve(name, { signal })),
    },
    describer: {
      describeTarget: async (ip) => {
        // Offline: the shipped tables only, so an alert never waits on DNS or RDAP.
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
    auth: async () => (await ctx().kbServices()).auth,
    ioc: () => ctx().ioc,
    serve: () => serve(ctx(), io),
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

/** Where `npm run build:web` writes the UI: src/web/dist from the package root (src/ or dist/). */
const WEB_DIST = fileURLToPath(new URL('../src/web/dist/', import.meta.url));
/** In-flight requests get this long after SIGTERM before connections are cut. */
const DRAIN_MS = 10_000;

/** The HTTP app of a context (what `tocsin serve` listens with; tests call it in process). */
export function createServerApp(
  context: Context,
  kb: KbServices,
  opts: {
    readonly isReady: () => boolean;
    readonly shutdown: AbortSignal;
    /** Where SMS bodies are classified; in process when not given. */
    readonly classifySmsBody?: ClassifySmsBody;
  },
): ReturnType<typeof createHttpApp> {
  const { config, logger } = context;
  return createHttpApp({
    classifySmsBody: opts.classifySmsBody ?? (async (body) => context.sms.classifyBody(body)),
    ioc: context.ioc,
    kb: async () => kb,
    logger: logger.child({ component: 'http' }),
    version: pkg.version,
    bodyLimitBytes: config.server.bodyLimitBytes,
    rateLimitPerMinute: config.server.rateLimitPerMinute,
    corsOrigins: config.server.corsOrigins
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o.length > 0),
    webFiles: loadWebFiles(WEB_DIST),
    newRequestId: randomUUID,
    now: Date.now,
    isReady: opts.isReady,
    shutdown: opts.shutdown,
  });
}

/**
 * Serves HTTP (and runs the watcher) until SIGTERM/SIGINT, then stops accepting, ends streams,
 * drains in-flight requests, stops the watcher; main() closes the store afterwards.
 */
async function serve(context: Context, io: CliIo): Promise<void> {
  const { config, logger } = context;
  mkdirSync(config.dataDir, { recursive: true });
  const kb = await context.kbServices(); // opens and migrates the store before listening
  const firstKey = await kb.auth.ensureFirstAdmin();
  if (firstKey !== null) {
    io.stderr.write(`first admin API key (shown once): ${firstKey}\n`);
  }
  const smsPool = await startSmsPool(config, logger);
  let ready = false;
  const shutdown = new AbortController();
  const app = createServerApp(context, kb, {
    isReady: () => ready,
    shutdown: shutdown.signal,
    ...(smsPool === null ? {} : { classifySmsBody: smsPool.run }),
  });
  const watcher = config.server.watch
    ? kb.track.runWatcher({ once: false, signal: shutdown.signal }).catch((e: unknown) => {
        logger.error({ err: e, component: 'track' }, 'watcher stopped');
      })
    : Promise.resolve();
  await new Promise<void>((resolve, reject) => {
    const server = createNodeServer(app);
    server.listen(config.server.port, config.server.host, () => {
      ready = true;
      const addr = server.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : config.server.port;
      logger.info({ host: config.server.host, port, dataDir: config.dataDir }, 'listening');
    });
    server.once('error', (e) => {
      shutdown.abort();
      reject(new AppError('INTERNAL', `cannot listen: ${e.message}`, { cause: e }));
    });
    const stop = (signal: string) => {
      ready = false;
      logger.info({ signal }, 'shutting down');
      shutdown.abort(); // ends SSE streams and the watcher loop
      const force = setTimeout(() => {
        server.closeAllConnections();
      }, DRAIN_MS);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        logger.info('stopped');
        resolve();
      });
      server.closeIdleConnections();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }).finally(() => smsPool?.close());
  await watcher;
}

/** Jobs waiting for the SMS workers beyond which requests get 503 SERVER_BUSY. */
const SMS_MAX_PENDING = 4096;
/** How long the SMS workers may take to load before `serve` gives up. */
const SMS_WORKERS_READY_MS = 60_000;

/**
 * The SMS worker threads of `serve` (null when `server.smsWorkers` is 0): classification runs
 * beside the event loop. From a checkout the worker is the TypeScript entry, loaded through tsx.
 */
async function startSmsPool(config: Config, logger: Logger): Promise<WorkerPool | null> {
  const size = smsWorkersOf(config, availableParallelism());
  if (size === 0) return null;
  const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  const data: SmsWorkerData = { maxTextChars: config.sms.maxTextChars };
  const pool = createWorkerPool({
    entry: new URL(`./sms-worker.${ext}`, import.meta.url),
    exportName: 'runSmsWorker',
    size,
    maxPending: SMS_MAX_PENDING,
    workerData: data,
    onWorkerError: (e) => logger.error({ err: e, component: 'sms-worker' }, 'SMS worker failed'),
  });
  try {
    await pool.ready(SMS_WORKERS_READY_MS);
  } catch (e) {
    await pool.close();
    throw e;
  }
  logger.info({ workers: size }, 'SMS workers ready');
  return pool;
}
