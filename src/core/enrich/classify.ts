/**
 * Enrichment rules: what kind of place an address or a domain is (sinkhole, bogon, public DNS,
 * cloud/CDN, parked, state-owned network, government registrant), each with the row or field that
 * matched. Pure: the lists are generated data, the RDAP record and AS come from the caller.
 */
import ipaddr from 'ipaddr.js';
import type { AsnInfo } from './asn-table.js';
import { MINORITY_STATE_OWNED_ASES, STATE_OWNED_ASES } from './data/state-owned-ases.generated.js';
import { NAME_LISTS } from './data/name-lists.generated.js';
import { RANGE_LISTS } from './data/range-lists.generated.js';
import { matchGovernment } from './government-registrants.js';
import type { IpAddress } from './ip.js';
import { type CompiledNameList, compileNameList, matchNameList } from './name-list.js';
import { compileRangeList, matchRangeList } from './range-list.js';
import type { StateOwnedAs } from './state-owned.js';
import type { Classification, DnsAnswers, RdapResult } from './types.js';

const STATE_OWNED_SOURCE = 'state-owned-ases (Carisimo et al., IMC 2021) a4d6136';
const SPECIAL_SOURCE = `IANA special-purpose address registries (ipaddr.js ${'2.5'} range())`;

/** ipaddr.js range names that mean "not a routable public address". */
const BOGON_RANGES: Readonly<Record<string, string>> = {
  unspecified: 'unspecified address',
  broadcast: 'broadcast address',
  multicast: 'multicast address',
  linkLocal: 'link-local address',
  loopback: 'loopback address',
  carrierGradeNat: 'shared address space (RFC 6598)',
  private: 'private address (RFC 1918)',
  reserved: 'reserved address',
  uniqueLocal: 'unique-local address (RFC 4193)',
  deprecatedSiteLocal: 'site-local address (deprecated)',
  discard: 'discard-only prefix (RFC 6666)',
  benchmarking: 'benchmarking address',
  ipv4Mapped: 'IPv4-mapped address',
};

interface Tables {
  readonly ranges: ReturnType<typeof compileRangeList>[];
  readonly names: CompiledNameList[];
  readonly stateOwned: ReadonlyMap<number, StateOwnedAs>;
  readonly minority: ReadonlyMap<number, StateOwnedAs>;
}

let tables: Tables | undefined;

// Decoded on first use (not at import): about 20 ms for ~80k list entries.
function getTables(): Tables {
  tables ??= {
    ranges: RANGE_LISTS.map(compileRangeList),
    names: NAME_LISTS.map(compileNameList),
    stateOwned: new Map(STATE_OWNED_ASES.map((r) => [r.asn, r])),
    minority: new Map(MINORITY_STATE_OWNED_ASES.map((r) => [r.asn, r])),
  };
  return tables;
}

function specialRange(ip: IpAddress): Classification | null {
  const range = ipaddr.parse(ip.text).range();
  const label = BOGON_RANGES[range];
  if (!label) return null;
  return {
    kind: 'bogon',
    label,
    subject: ip.text,
    evidence: `range "${range}"`,
    source: SPECIAL_SOURCE,
  };
}

function stateOwned(ip: string, asn: AsnInfo): Classification | null {
  const { stateOwned: majority, minority } = getTables();
  const major = majority.get(asn.asn);
  if (major) {
    return {
      kind: 'state-owned',
      label: 'state-owned network',
      subject: ip,
      evidence: `AS${asn.asn} in state_owned_ases.csv line ${major.line}: ${major.row} (owner: ${major.ownerCountry}; "${major.quote}")`,
      source: STATE_OWNED_SOURCE,
    };
  }
  const minor = minority.get(asn.asn);
  if (minor) {
    return {
      kind: 'state-owned',
      label: `minority state-owned network (${minor.ownershipPercent ?? '?'}% ${minor.ownerCountry})`,
      subject: ip,
      evidence: `AS${asn.asn} in minority_state_owned_ases.csv line ${minor.line}: ${minor.row}`,
      source: STATE_OWNED_SOURCE,
    };
  }
  return null;
}

/** Government / intelligence-service names in an RDAP record's names, entities and remarks. */
export function classifyRdap(subject: string, rdap: RdapResult): Classification[] {
  if (rdap.status !== 'ok') return [];
  const r = rdap.record;
  // Registrant first: it is the strongest evidence; the network name (e.g. FSB-NET) the weakest.
  const fields: [string, string | null][] = [['registrant', r.registrant]];
  r.entities.forEach((e, i) => {
    const who = `entities[${i}]${e.roles.length ? ` (${e.roles.join(', ')})` : ''}`;
    fields.push([`${who} fn`, e.name], [`${who} org`, e.org]);
    e.remarks.forEach((t, j) => {
      fields.push([`${who} remarks[${j}]`, t]);
    });
  });
  r.remarks.forEach((t, i) => {
    fields.push([`remarks[${i}]`, t]);
  });
  fields.push(['name', r.name]);
  const out: Classification[] = [];
  const seen = new Set<string>();
  for (const [where, value] of fields) {
    if (!value) continue;
    const m = matchGovernment(value);
    if (!m || seen.has(m.pattern.label)) continue;
    seen.add(m.pattern.label);
    const kindLabel = m.pattern.intelligence
      ? 'intelligence-service registrant'
      : 'government registrant';
    out.push({
      kind: 'government',
      label: `${kindLabel} (${m.pattern.label})`,
      subject,
      evidence: `RDAP ${where}: "${value.length > 200 ? `${value.slice(0, 200)}…` : value}" matches "${m.matched}"`,
      source: `RDAP ${rdap.url}`,
    });
  }
  return out;
}

/** Every classification of one address, in a stable order (special ranges, lists, AS, RDAP). */
export function classifyAddress(
  ip: IpAddress,
  asn: AsnInfo | null,
  rdap: RdapResult,
): Classification[] {
  const out: Classification[] = [];
  const special = specialRange(ip);
  if (special) out.push(special);
  for (const list of getTables().ranges) {
    for (const hit of matchRangeList(list, ip)) {
      out.push({
        kind: list.data.kind,
        label: list.data.label.replace('{label}', hit.rowLabel),
        subject: ip.text,
        evidence: `${hit.entry}${hit.rowLabel ? ` (${hit.rowLabel})` : ''} in ${list.data.id}`,
        source: list.data.source,
      });
    }
  }
  if (asn) {
    const so = stateOwned(ip.text, asn);
    if (so) out.push(so);
  }
  out.push(...classifyRdap(ip.text, rdap));
  return dedupe(out);
}

/** Classifications of a domain from its own name and its NS / CNAME answers. */
export function classifyDomain(name: string, dns: DnsAnswers | null): Classification[] {
  const out: Classification[] = [];
  for (const list of getTables().names) {
    const { applies } = list.data;
    const probes: [string, string][] = [];
    if (applies.includes('self')) probes.push(['name', name]);
    if (dns && applies.includes('ns')) for (const ns of dns.ns) probes.push(['NS', ns]);
    if (dns && applies.includes('cname')) for (const c of dns.cname) probes.push(['CNAME', c]);
    for (const [what, value] of probes) {
      const entry = matchNameList(list, value);
      if (entry === null) continue;
      out.push({
        kind: list.data.kind,
        label: list.data.label,
        subject: name,
        evidence: `${what} ${value} matches ${entry} in ${list.data.id}`,
        source: list.data.source,
      });
    }
  }
  return dedupe(out);
}

/** Removes repeated classifications (same kind, subject, evidence and source), keeping order. */
export function dedupe(cs: readonly Classification[]): Classification[] {
  const seen = new Set<string>();
  return cs.filter((c) => {
    const key = `${c.kind}\u0000${c.subject}\u0000${c.evidence}\u0000${c.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
