/**
 * The enrichment record: what an indicator points to, who announces and registers it, and what
 * kind of place that is, each classification with its evidence. Same record for the CLI (--json),
 * the library and the tracker (which renders it with describeTarget).
 */
import type { AsnInfo } from './asn-table.js';

export type IndicatorType = 'domain' | 'ipv4' | 'ipv6';

/** A DNS query's outcome. `offline`: not asked (--offline); the rest are resolver outcomes. */
export type DnsStatus =
  | 'ok'
  | 'nodata'
  | 'nxdomain'
  | 'servfail'
  | 'refused'
  | 'timeout'
  | 'malformed'
  | 'unavailable'
  | 'offline';

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'TXT'] as const;
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

export interface MxAnswer {
  readonly exchange: string;
  readonly priority: number;
}

export interface DnsAnswers {
  /** ok when any type answered; else the most telling failure (nxdomain before servfail ...). */
  readonly status: DnsStatus;
  /** Why it is not ok, in words (null when ok). */
  readonly reason: string | null;
  /** HOST:PORT asked, or `system`. */
  readonly resolver: string;
  readonly a: readonly string[];
  readonly aaaa: readonly string[];
  readonly cname: readonly string[];
  readonly ns: readonly string[];
  readonly mx: readonly MxAnswer[];
  readonly txt: readonly string[];
  /** Per record type, the outcome when it was not ok/nodata. */
  readonly failures: readonly { readonly type: DnsRecordType; readonly status: DnsStatus }[];
  /** True when answers were cut to the size caps (huge TXT, too many records). */
  readonly truncated: boolean;
}

export interface RdapEntity {
  readonly handle: string | null;
  readonly roles: readonly string[];
  /** vCard `fn`. */
  readonly name: string | null;
  /** vCard `org`. */
  readonly org: string | null;
  readonly email: string | null;
  readonly remarks: readonly string[];
}

export interface RdapRecord {
  readonly objectClass: 'ip network' | 'domain' | 'autnum';
  readonly handle: string | null;
  /** Network name (`name`) for an ip network, `ldhName` for a domain. */
  readonly name: string | null;
  readonly type: string | null;
  readonly country: string | null;
  readonly startAddress: string | null;
  readonly endAddress: string | null;
  /** `fn` or `org` of the first entity with the registrant role. */
  readonly registrant: string | null;
  /** E-mail of the first entity with the abuse role (nested entities included). */
  readonly abuseEmail: string | null;
  /** Every entity, nested ones flattened, in document order. */
  readonly entities: readonly RdapEntity[];
  /** Titles and descriptions of the object's own remarks. */
  readonly remarks: readonly string[];
}

export type RdapResult =
  | { readonly status: 'ok'; readonly url: string; readonly record: RdapRecord }
  | { readonly status: 'not-found'; readonly url: string }
  | { readonly status: 'unavailable'; readonly url: string | null; readonly reason: string }
  | { readonly status: 'offline' };

export const CLASSIFICATION_KINDS = [
  'sinkhole',
  'bogon',
  'public-dns',
  'cloud',
  'parked',
  'state-owned',
  'government',
] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];

export interface Classification {
  readonly kind: ClassificationKind;
  /** Human label, e.g. `state-owned network` or `sinkhole (Shadowserver)`. */
  readonly label: string;
  /** The address or name the classification is about. */
  readonly subject: string;
  /** What matched: the list row, the dataset row or the RDAP field and value. */
  readonly evidence: string;
  /** The list or dataset, with its version, e.g. `misp-warninglists/sinkholes v2`. */
  readonly source: string;
}

/** What is known about one address (the indicator itself, or one a domain resolves to). */
export interface AddressEnrichment {
  readonly address: string;
  readonly family: 4 | 6;
  readonly asn: AsnInfo | null;
  /** Registration country (ISO 3166 alpha-2) of the block, from the offline table. */
  readonly country: string | null;
  readonly rdap: RdapResult;
  readonly classifications: readonly Classification[];
}

export interface Enrichment {
  readonly indicator: string;
  readonly type: IndicatorType;
  /** ISO 8601 time the enrichment was made (from the injected clock). */
  readonly enrichedAt: string;
  /** DNS answers of a domain; null for an address. */
  readonly dns: DnsAnswers | null;
  /** AS of the address itself, or of the domain's first address; null when unknown. */
  readonly asn: AsnInfo | null;
  readonly country: string | null;
  /** RDAP of the address itself, or of the domain name. */
  readonly rdap: RdapResult;
  /** The address itself, or every address the domain resolves to, in answer order. */
  readonly addresses: readonly AddressEnrichment[];
  /** All classifications of the indicator and its addresses, without duplicates. */
  readonly classifications: readonly Classification[];
}
