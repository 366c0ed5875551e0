/**
 * Enrichment use case: an indicator in, an Enrichment record out (DNS answers, AS, country,
 * prefix, RDAP, classifications with evidence). Depends on ports only (core/enrich/ports.ts);
 * persists nothing: the caller stores the record if it wants to.
 */
import { classifyAddress, classifyDomain, classifyRdap, dedupe } from '../core/enrich/classify.js';
import type { IpAddress } from '../core/enrich/ip.js';
import { type Indicator, parseIndicator } from '../core/enrich/parse-indicator.js';
import type {
  AsnLookupPort,
  AsnTableUpdate,
  DnsResolverPort,
  EnrichDataPort,
  RdapPort,
} from '../core/enrich/ports.js';
import type {
  AddressEnrichment,
  DnsAnswers,
  Enrichment,
  RdapResult,
} from '../core/enrich/types.js';
import { toIpAddress } from '../core/enrich/ip.js';
import { AppError } from '../core/shared/app-error.js';
import { err, ok, type Result } from '../core/shared/result.js';

export interface EnrichOptions {
  /** Offline: no DNS and no RDAP; the shipped tables only. */
  readonly offline?: boolean;
  readonly signal?: AbortSignal;
}

export interface EnrichService {
  /** Enriches one indicator; an unparsable one is an ENRICH_INDICATOR_INVALID error Result. */
  enrich(indicator: string, opts?: EnrichOptions): Promise<Result<Enrichment>>;
}

export interface EnrichServiceDeps {
  readonly dns: DnsResolverPort;
  readonly rdap: RdapPort;
  readonly asn: AsnLookupPort;
  /** Epoch milliseconds. */
  readonly clock: () => number;
  /** At most this many addresses of a domain are enriched (default 16). */
  readonly maxAddresses?: number;
}

const OFFLINE_RDAP: RdapResult = { status: 'offline' };

function offlineDns(): DnsAnswers {
  return {
    status: 'offline',
    reason: 'not asked (offline)',
    resolver: 'none',
    a: [],
    aaaa: [],
    cname: [],
    ns: [],
    mx: [],
    txt: [],
    failures: [],
    truncated: false,
  };
}

/** Creates the enrichment service. */
export function createEnrichService(deps: EnrichServiceDeps): EnrichService {
  const maxAddresses = deps.maxAddresses ?? 16;

  const address = async (ip: IpAddress, opts: EnrichOptions): Promise<AddressEnrichment> => {
    const { asn, country } = deps.asn.lookup(ip);
    const rdap = opts.offline
      ? OFFLINE_RDAP
      : await deps.rdap.lookup({ kind: 'ip', ip }, opts.signal ? { signal: opts.signal } : {});
    return {
      address: ip.text,
      family: ip.family,
      asn,
      country,
      rdap,
      classifications: classifyAddress(ip, asn, rdap),
    };
  };

  const enrichParsed = async (ind: Indicator, opts: EnrichOptions): Promise<Enrichment> => {
    const enrichedAt = new Date(deps.clock()).toISOString();
    const sig = opts.signal ? { signal: opts.signal } : {};
    if (ind.type !== 'domain') {
      const self = await address(ind.ip, opts);
      return {
        indicator: ind.value,
        type: ind.type,
        enrichedAt,
        dns: null,
        asn: self.asn,
        country: self.country,
        rdap: self.rdap,
        addresses: [self],
        classifications: self.classifications,
      };
    }
    const [dns, rdap] = opts.offline
      ? [offlineDns(), OFFLINE_RDAP]
      : await Promise.all([
          deps.dns.resolve(ind.value, sig),
          deps.rdap.lookup({ kind: 'domain', name: ind.value }, sig),
        ]);
    const ips = [...dns.a, ...dns.aaaa]
      .map((a) => toIpAddress(a))
      .filter((a): a is IpAddress => a !== null)
      .slice(0, maxAddresses);
    const addresses = await Promise.all(ips.map((ip) => address(ip, opts)));
    const first = addresses[0];
    return {
      indicator: ind.value,
      type: 'domain',
      enrichedAt,
      dns,
      asn: first?.asn ?? null,
      country: first?.country ?? null,
      rdap,
      addresses,
      classifications: dedupe([
        ...classifyDomain(ind.value, dns),
        ...classifyRdap(ind.value, rdap),
        ...addresses.flatMap((a) => a.classifications),
      ]),
    };
  };

  return {
    async enrich(indicator, opts = {}) {
      const parsed = parseIndicator(indicator);
      if (!parsed.ok) {
        return err(
          new AppError('ENRICH_INDICATOR_INVALID', `not an indicator: ${parsed.reason}`, {
            details: { length: indicator.length },
          }),
        );
      }
      return ok(await enrichParsed(parsed.value, opts));
    },
  };
}

export interface EnrichDataService {
  updateAsnTable(input: {
    readonly asnFiles: readonly string[];
    readonly countryFiles: readonly string[];
  }): Promise<AsnTableUpdate>;
  updateRdapBootstrap(fromDir: string): Promise<{ readonly dir: string }>;
}

/** `tocsin data update`: refreshes the offline tables in the data directory. */
export function createEnrichDataService(port: EnrichDataPort): EnrichDataService {
  return {
    updateAsnTable: (input) => port.updateAsnTable(input),
    updateRdapBootstrap: (dir) => port.updateRdapBootstrap(dir),
  };
}
