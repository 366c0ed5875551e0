/**
 * What enrichment needs from the world, declared here and implemented in adapters/{dns,rdap,asn}
 * (STYLE.md §2). Core and services see only these interfaces.
 */
import type { AsnInfo } from './asn-table.js';
import type { IpAddress } from './ip.js';
import type { DnsAnswers, RdapResult } from './types.js';

/** Resolves a domain's A, AAAA, CNAME, NS, MX and TXT records; never throws for DNS outcomes. */
export interface DnsResolverPort {
  resolve(name: string, opts: { signal?: AbortSignal }): Promise<DnsAnswers>;
}

/** Looks up the RDAP registration of an address or a domain; never throws for network faults. */
export interface RdapPort {
  lookup(
    query: { kind: 'ip'; ip: IpAddress } | { kind: 'domain'; name: string },
    opts: { signal?: AbortSignal },
  ): Promise<RdapResult>;
}

/** The offline IP -> AS table. Synchronous: it is an in-memory lookup. */
export interface AsnLookupPort {
  lookup(ip: IpAddress): { asn: AsnInfo | null; country: string | null };
}

/** Refreshes the offline data in the data directory (`tocsin data update`). */
export interface EnrichDataPort {
  updateAsnTable(input: {
    readonly asnFiles: readonly string[];
    readonly countryFiles: readonly string[];
  }): Promise<AsnTableUpdate>;
  updateRdapBootstrap(fromDir: string): Promise<{ readonly dir: string }>;
}

export interface AsnTableUpdate {
  readonly file: string;
  readonly bytes: number;
  readonly v4Ranges: number;
  readonly v6Ranges: number;
  readonly asNames: number;
  readonly countryRanges: number;
  /** Lines that were not valid rows (skipped). */
  readonly rejectedLines: number;
  /** True when country ranges came from the previous table (no --country-file given). */
  readonly countryKept: boolean;
}
