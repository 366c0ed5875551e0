/** One-sentence rendering of an enrichment, for alerts and the CLI summary line. */
import type { AddressEnrichment, Classification, Enrichment } from './types.js';

function kindsOf(cs: readonly Classification[]): string {
  const labels: string[] = [];
  for (const c of cs) {
    const label = c.kind === 'state-owned' ? 'state-owned network' : c.label;
    if (!labels.includes(label)) labels.push(label);
  }
  return labels.join(', ');
}

function describeAddress(a: AddressEnrichment, extra: readonly Classification[]): string {
  const facts: string[] = [];
  if (a.asn) facts.push(`AS${a.asn.asn}${a.asn.name ? ` ${a.asn.name}` : ''}`);
  else facts.push('AS unknown');
  if (a.country) facts[0] = `${facts[0]}, ${a.country}`;
  const kinds = kindsOf([...a.classifications, ...extra]);
  return `${a.address} (${facts.join('')}${kinds ? `; ${kinds}` : ''})`;
}

/**
 * "213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)"; a domain lists its addresses:
 * "systemsvc.net -> 213.24.76.23 (AS8342 …)", or states its DNS outcome ("nxdomain").
 * @example describeTarget(await enrich('213.24.76.23')) // '213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)'
 */
export function describeTarget(e: Enrichment): string {
  if (e.type !== 'domain') {
    const self = e.addresses[0];
    return self ? describeAddress(self, []) : e.indicator;
  }
  const domainKinds = kindsOf(e.classifications.filter((c) => c.subject === e.indicator));
  if (e.addresses.length > 0) {
    const head = domainKinds ? `${e.indicator} (${domainKinds})` : e.indicator;
    return `${head} -> ${e.addresses.map((a) => describeAddress(a, [])).join(', ')}`;
  }
  const status = e.dns?.status ?? 'offline';
  const outcome = status === 'ok' || status === 'nodata' ? 'no address' : status;
  return `${e.indicator} (${domainKinds ? `${domainKinds}; ` : ''}${outcome})`;
}
