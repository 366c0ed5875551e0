/**
 * Relations the text states between indicators it names: a domain that "resolves to" / "指向" an
 * address, an address "in AS…", an address inside a listed network. Only stated links count: two
 * indicators on one line are not related unless words between them say so. Pure.
 */
import type { IocType, Occurrence, Relation, RelationType } from './types.js';

const MAX_GAP = 160;
const RESOLVE_RE =
  /resolv(?:e|ing)|point(?:s|ed|ing)?\s+(?:to|at)|指向|解析(?:到|为|至|成)|->|→|=>|\bA\s+record/i;
const HOSTED_RE = /hosted\s+(?:on|at|by)|托管(?:在|于)|服务器(?:为|是)/i;
const ASN_LINK_RE =
  /\b(?:in|belongs?\s+to|belonging\s+to|part\s+of|announced\s+by|owned\s+by|operated\s+by|under|hosting|network|provider)\b|\bASN\b|\(|属于|归属|所属|位于/i;
const ASN_ADJACENT_RE = /^[\s,:;|(\-–]*$/;
const LIST_SEPARATOR_RE = /^(?:\s|[,;、，/`'"]|和|及|\band\b|\bor\b)*$/i;
// A sentence end breaks a relation unless the next sentence is about the same address.
const SENTENCE_BREAK_RE =
  /[.!?。！？](?:\s+|$)(?!(?:both|these|this|the|that|which|said|该|此|这个|这些)\s*(?:\w+\s+)?(?:IPs?|address(?:es)?|hosts?|servers?|domains?|地址|域名))|\n\s*\n/i;

const NETWORK_SOURCES: ReadonlySet<IocType> = new Set(['domain', 'url']);
const ADDRESSES: ReadonlySet<IocType> = new Set(['ipv4', 'ipv6']);

export type RelationInput = {
  /** The refanged text the occurrences point into. */
  readonly text: string;
  /** Occurrences sorted by start. */
  readonly occurrences: readonly Occurrence[];
  /** The words of the original text that state a relation, for evidence. */
  readonly evidence: (start: number, end: number) => string;
};

function related(
  input: RelationInput,
  pair: { source: Occurrence; target: Occurrence; type: RelationType },
): Relation {
  const { source, target } = pair;
  const start = Math.min(source.start, target.start);
  const end = Math.max(source.end, target.end);
  return {
    source: { type: source.type, value: source.value },
    type: pair.type,
    target: { type: target.type, value: target.value },
    evidence: input.evidence(start, end).replace(/\s+/g, ' ').slice(0, 300),
  };
}

function gapStates(text: string, gap: string, re: RegExp): boolean {
  return gap.length <= MAX_GAP && !SENTENCE_BREAK_RE.test(gap) && re.test(gap) && text.length > 0;
}

/** "evil.com resolves to 1.2.3.4 and 5.6.7.8", "a.com and b.net point to 1.2.3.4", "恶意域名 evil.com 指向 1.2.3.4". */
function addressesOf(input: RelationInput, i: number, out: Relation[]): void {
  const { occurrences: occ, text } = input;
  const src = occ[i]!;
  const type: RelationType = src.type === 'domain' ? 'resolves-to' : 'related-to';
  let prevEnd = src.end;
  let found = false;
  for (let j = i + 1; j < occ.length; j++) {
    const t = occ[j]!;
    if (t.start < prevEnd) continue; // the host inside a URL
    const gap = text.slice(prevEnd, t.start);
    if (gap.length > MAX_GAP) return;
    if (!ADDRESSES.has(t.type)) {
      // a list of names sharing one verb: "a.com and b.net point to ..."
      if (found || !NETWORK_SOURCES.has(t.type) || !LIST_SEPARATOR_RE.test(gap)) return;
      prevEnd = t.end;
      continue;
    }
    const states = found
      ? LIST_SEPARATOR_RE.test(gap)
      : gapStates(text, gap, RESOLVE_RE) || gapStates(text, gap, HOSTED_RE);
    if (!states) return;
    out.push(related(input, { source: src, target: t, type }));
    found = true;
    prevEnd = t.end;
  }
}

/** "1.2.3.4 (AS8342)", "in AS8342", "This IP belongs to ASN AS8342", "属于 AS8342". */
function asnOf(input: RelationInput, i: number, out: Relation[]): void {
  const { occurrences: occ, text } = input;
  const src = occ[i]!;
  for (let j = i + 1; j < occ.length; j++) {
    const t = occ[j]!;
    if (t.start - src.end > MAX_GAP) return;
    if (t.type !== 'asn') {
      if (ADDRESSES.has(t.type) || t.type === 'cidr' || t.type === 'domain') return;
      continue;
    }
    const gap = text.slice(src.end, t.start);
    if (ASN_ADJACENT_RE.test(gap) || gapStates(text, gap, ASN_LINK_RE)) {
      out.push(related(input, { source: src, target: t, type: 'belongs-to' }));
    }
    return;
  }
}

function ipv4ToInt(s: string): number {
  return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

// n addresses × m networks: capped so a list of thousands stays linear in practice
const MAX_CIDR_PAIRS = 100_000;

function addressesInNetworks(input: RelationInput, out: Relation[]): void {
  const nets = input.occurrences.filter((o) => o.type === 'cidr' && !o.value.includes(':'));
  if (nets.length === 0) return;
  const ips = input.occurrences.filter((o) => o.type === 'ipv4');
  let pairs = 0;
  const seen = new Set<string>();
  for (const net of nets) {
    const [base = '', bitsText = '32'] = net.value.split('/');
    const bits = Number(bitsText);
    const size = 2 ** (32 - bits);
    const lo = Math.floor(ipv4ToInt(base) / size) * size;
    for (const ip of ips) {
      if (++pairs > MAX_CIDR_PAIRS) return;
      const n = ipv4ToInt(ip.value);
      const key = `${ip.value}|${net.value}`;
      if (n < lo || n >= lo + size || seen.has(key)) continue;
      seen.add(key);
      out.push({
        source: { type: 'ipv4', value: ip.value },
        type: 'contained-in',
        target: { type: 'cidr', value: net.value },
        evidence: `${ip.value} is within ${net.value}`,
      });
    }
  }
}

/** Relations stated in the text, deduplicated by (source, type, target), in text order. */
export function findRelations(input: RelationInput): Relation[] {
  const found: Relation[] = [];
  const { occurrences: occ } = input;
  for (let i = 0; i < occ.length; i++) {
    const o = occ[i]!;
    if (NETWORK_SOURCES.has(o.type)) addressesOf(input, i, found);
    else if (ADDRESSES.has(o.type) || o.type === 'cidr') asnOf(input, i, found);
  }
  addressesInNetworks(input, found);
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = `${r.source.type}|${r.source.value}|${r.type}|${r.target.type}|${r.target.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
