/**
 * DNS adapter over node:dns/promises (c-ares): one Resolver per lookup, pointed at the configured
 * HOST:PORT, with a per-try timeout, a bounded number of tries and an overall deadline. Resolver
 * outcomes (NXDOMAIN, SERVFAIL, timeout, a malformed answer) become statuses, never exceptions.
 */
import { Resolver } from 'node:dns/promises';
import type { DnsResolverPort } from '../../core/enrich/ports.js';
import type { DnsAnswers, DnsRecordType, DnsStatus, MxAnswer } from '../../core/enrich/types.js';

export interface DnsResolverOptions {
  /** HOST:PORT, or '' for the system's resolvers. */
  readonly resolver: string;
  readonly timeoutMs: number;
  readonly tries?: number;
  /** Caps that bound memory for hostile answers. */
  readonly maxRecordsPerType?: number;
  readonly maxTxtChars?: number;
}

const STATUS_BY_CODE: Readonly<Record<string, DnsStatus>> = {
  ENODATA: 'nodata',
  ENOTFOUND: 'nxdomain',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ETIMEOUT: 'timeout',
  ECANCELLED: 'timeout',
  EBADRESP: 'malformed',
  EFORMERR: 'malformed',
  EBADFAMILY: 'malformed',
  EBADNAME: 'malformed',
  ECONNREFUSED: 'unavailable',
  ENOTIMP: 'refused',
};

// When several types fail differently, report the most telling outcome.
const PRIORITY: readonly DnsStatus[] = [
  'nxdomain',
  'servfail',
  'refused',
  'malformed',
  'timeout',
  'unavailable',
  'nodata',
];

function statusOf(e: unknown): DnsStatus {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return STATUS_BY_CODE[code] ?? 'unavailable';
}

/** Creates the DNS port. */
export function createDnsResolver(opts: DnsResolverOptions): DnsResolverPort {
  const maxRecords = opts.maxRecordsPerType ?? 64;
  const maxTxt = opts.maxTxtChars ?? 4096;
  const tries = opts.tries ?? 2;
  const label = opts.resolver || 'system';
  return {
    async resolve(name, { signal }): Promise<DnsAnswers> {
      const r = new Resolver({ timeout: opts.timeoutMs, tries });
      if (opts.resolver) r.setServers([opts.resolver]);
      let truncated = false;
      const cap = <T>(xs: T[]): T[] => {
        if (xs.length > maxRecords) truncated = true;
        return xs.slice(0, maxRecords);
      };
      const failures: { type: DnsRecordType; status: DnsStatus }[] = [];
      const run = async <T>(type: DnsRecordType, f: () => Promise<T[]>): Promise<T[]> => {
        try {
          return cap(await f());
        } catch (e) {
          const status = statusOf(e);
          if (status !== 'nodata') failures.push({ type, status });
          return [];
        }
      };
      // An overall deadline on top of c-ares' own: tries × timeout plus slack, or the caller's signal.
      const deadlineMs = opts.timeoutMs * tries + 500;
      const timer = setTimeout(() => r.cancel(), deadlineMs);
      const onAbort = (): void => r.cancel();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const [a, aaaa, cname, ns, mx, txt] = await Promise.all([
          run('A', () => r.resolve4(name)),
          run('AAAA', () => r.resolve6(name)),
          run('CNAME', () => r.resolveCname(name)),
          run('NS', () => r.resolveNs(name)),
          run('MX', () => r.resolveMx(name)),
          run('TXT', () => r.resolveTxt(name)),
        ]);
        const txtJoined = txt.map((chunks) => {
          const s = chunks.join('');
          if (s.length > maxTxt) truncated = true;
          return s.slice(0, maxTxt);
        });
        const answered = [a, aaaa, cname, ns, mx, txt].some((xs) => xs.length > 0);
        const worst = PRIORITY.find((p) => failures.some((f) => f.status === p));
        const status: DnsStatus = answered ? 'ok' : (worst ?? 'nodata');
        return {
          status,
          reason: status === 'ok' ? null : reasonOf(status, label),
          resolver: label,
          a: a.map((x) => x.toLowerCase()),
          aaaa: aaaa.map((x) => x.toLowerCase()),
          cname: cname.map((x) => x.toLowerCase()),
          ns: ns.map((x) => x.toLowerCase()),
          mx: mx.map((m: MxAnswer) => ({
            exchange: m.exchange.toLowerCase(),
            priority: m.priority,
          })),
          txt: txtJoined,
          failures,
          truncated,
        };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

function reasonOf(status: DnsStatus, resolver: string): string {
  switch (status) {
    case 'nxdomain':
      return 'the name does not exist (NXDOMAIN)';
    case 'nodata':
      return 'the name exists but has none of the asked record types';
    case 'servfail':
      return `the resolver ${resolver} failed (SERVFAIL)`;
    case 'refused':
      return `the resolver ${resolver} refused the query`;
    case 'timeout':
      return `no answer from ${resolver} in time`;
    case 'malformed':
      return `the answer from ${resolver} was malformed`;
    case 'unavailable':
      return `the resolver ${resolver} could not be reached`;
    case 'offline':
      return 'not asked (offline)';
    case 'ok':
      return '';
    default:
      return status satisfies never;
  }
}
