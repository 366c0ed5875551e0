/**
 * RDAP client (RFC 9083) over fetch: bootstrap lookup, a timeout on the whole exchange
 * (AbortSignal), a response size cap, JSON depth and zod checks. Every fault becomes
 * `{ status: 'unavailable', reason }`: a slow, huge or malformed server never crashes or hangs us.
 */
import type { RdapPort } from '../../core/enrich/ports.js';
import type { RdapResult } from '../../core/enrich/types.js';
import { type RdapBootstrapSet, rdapBaseForDomain, rdapBaseForIp } from './bootstrap.js';
import { jsonDepthExceeds, RdapAnswer, toRdapRecord } from './rdap-answer.js';

export interface RdapClientOptions {
  readonly bootstrap: RdapBootstrapSet;
  /** Send every query to this base URL instead of the bootstrap's (tests, private mirrors). */
  readonly baseUrl?: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly fetch?: typeof fetch;
}

const MAX_JSON_DEPTH = 64;

function join(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

function describe(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'aborted';
  }
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e instanceof Error ? e.message : String(e)}${cause}`.slice(0, 300);
}

/** Creates the RDAP port. */
export function createRdapClient(opts: RdapClientOptions): RdapPort {
  const doFetch = opts.fetch ?? fetch;
  return {
    async lookup(query, { signal }): Promise<RdapResult> {
      const base =
        opts.baseUrl ??
        (query.kind === 'ip'
          ? rdapBaseForIp(opts.bootstrap, query.ip)
          : rdapBaseForDomain(opts.bootstrap, query.name));
      const what = query.kind === 'ip' ? query.ip.text : query.name;
      if (!base) {
        return {
          status: 'unavailable',
          url: null,
          reason: `no RDAP server for ${what} in the bootstrap`,
        };
      }
      const url = join(base, query.kind === 'ip' ? `ip/${query.ip.text}` : `domain/${query.name}`);
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const res = await doFetch(url, {
          signal: combined,
          headers: { accept: 'application/rdap+json, application/json' },
          redirect: 'follow',
        });
        if (res.status === 404) {
          await res.body?.cancel();
          return { status: 'not-found', url };
        }
        if (!res.ok) {
          await res.body?.cancel();
          return { status: 'unavailable', url, reason: `HTTP ${res.status}` };
        }
        const text = await readCapped(res, opts.maxBytes);
        if (text === null) {
          return {
            status: 'unavailable',
            url,
            reason: `answer larger than ${opts.maxBytes} bytes`,
          };
        }
        if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
          return {
            status: 'unavailable',
            url,
            reason: `JSON nested deeper than ${MAX_JSON_DEPTH}`,
          };
        }
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          // A non-JSON body is the server's fault; the enrichment reports it and goes on.
          return { status: 'unavailable', url, reason: 'answer is not JSON' };
        }
        const parsed = RdapAnswer.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
            .join('; ');
          return { status: 'unavailable', url, reason: `not an RFC 9083 answer: ${issues}` };
        }
        return { status: 'ok', url, record: toRdapRecord(parsed.data) };
      } catch (e) {
        // Network faults and timeouts are outcomes for this source, not failures of the run.
        return { status: 'unavailable', url, reason: describe(e, opts.timeoutMs) };
      }
    },
  };
}
