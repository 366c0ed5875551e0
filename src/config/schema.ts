/** The configuration schema: one strict zod object, defaults that need no outside service. */
import { z } from 'zod';

const HostPort = z
  .string()
  .max(300)
  .regex(/^(?:\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9.-]{1,253}):\d{1,5}$/, 'expected HOST:PORT');

/** A boolean from JSON, or from the strings an environment variable or flag carries. */
const Flag = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
]);

export const Config = z
  .object({
    dataDir: z.string().min(1).max(4096).default('./data'),
    store: z
      .object({
        /** `sqlite:PATH` or `postgres://…`; empty means `sqlite:<dataDir>/tocsin.db`. */
        url: z.string().max(4096).default(''),
      })
      .strict()
      .default({ url: '' }),
    server: z
      .object({
        host: z.string().min(1).max(253).default('127.0.0.1'),
        port: z.coerce.number().int().min(0).max(65_535).default(8080),
        bodyLimitBytes: z.coerce.number().int().min(1024).max(100_000_000).default(10_000_000),
        /** Requests a minute per API key (or per address without one); 0 turns limiting off. */
        rateLimitPerMinute: z.coerce.number().int().min(0).max(10_000_000).default(1200),
        /** Comma-separated origins allowed to call the API from browsers; empty: no CORS. */
        corsOrigins: z.string().max(4000).default(''),
        /** Run the C2 watcher inside the server. */
        watch: Flag.default(true),
        /**
         * Worker threads that classify SMS requests beside the event loop; 0 classifies on it;
         * `auto`: one less than the cores, at least 1 and at most 4.
         */
        smsWorkers: z
          .union([z.literal('auto'), z.coerce.number().int().min(0).max(64)])
          .default('auto'),
      })
      .strict()
      .default({
        host: '127.0.0.1',
        port: 8080,
        bodyLimitBytes: 10_000_000,
        rateLimitPerMinute: 1200,
        corsOrigins: '',
        watch: true,
        smsWorkers: 'auto',
      }),
    log: z
      .object({
        level: z
          .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
          .default('info'),
      })
      .strict()
      .default({ level: 'info' }),
    dns: z
      .object({
        /** HOST:PORT of the resolver to ask; empty means the system resolver. */
        resolver: z.union([HostPort, z.literal('')]).default(''),
        timeoutMs: z.coerce.number().int().min(50).max(60_000).default(3000),
      })
      .strict()
      .default({ resolver: '', timeoutMs: 3000 }),
    rdap: z
      .object({
        /** Send every RDAP query to this base URL instead of the IANA bootstrap's; empty: bootstrap. */
        baseUrl: z.union([z.url().max(500), z.literal('')]).default(''),
        timeoutMs: z.coerce.number().int().min(50).max(60_000).default(5000),
        maxBytes: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
      })
      .strict()
      .default({ baseUrl: '', timeoutMs: 5000, maxBytes: 1_000_000 }),
    sms: z
      .object({
        maxLineBytes: z.coerce.number().int().min(64).max(10_000_000).default(65_536),
        maxTextChars: z.coerce.number().int().min(16).max(1_000_000).default(4096),
      })
      .strict()
      .default({ maxLineBytes: 65_536, maxTextChars: 4096 }),
  })
  .strict();
export type Config = Readonly<z.infer<typeof Config>>;

/** The leaf keys that env variables and flags may set, as dotted paths. */
export const configPaths = [
  'dataDir',
  'store.url',
  'server.host',
  'server.port',
  'server.bodyLimitBytes',
  'server.rateLimitPerMinute',
  'server.corsOrigins',
  'server.watch',
  'server.smsWorkers',
  'log.level',
  'dns.resolver',
  'dns.timeoutMs',
  'rdap.baseUrl',
  'rdap.timeoutMs',
  'rdap.maxBytes',
  'sms.maxLineBytes',
  'sms.maxTextChars',
] as const;
export type ConfigPath = (typeof configPaths)[number];
