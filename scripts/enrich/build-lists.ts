/**
 * Compiles the vendored classification lists into src/core/enrich/data/*.generated.ts:
 * MISP warninglists (CC0), brakmic + grettir sinkhole lists (MIT), state-owned ASes (CC BY 4.0).
 * Deterministic: entries are sorted and nothing depends on time or environment.
 *
 *   npx tsx scripts/enrich/build-lists.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ipaddr from 'ipaddr.js';
import { toIpAddress, toIpv4Number } from '../../src/core/enrich/ip.js';
import { splitCsvLine } from '../../src/core/enrich/parse-asn-csv.js';
import { type RangeListData, toBase64Words } from '../../src/core/enrich/range-list.js';
import type { ClassificationKind } from '../../src/core/enrich/types.js';

const VENDOR = 'vendor';
const OUT = 'src/core/enrich/data';

interface Warninglist {
  version: number | string;
  type: string;
  list: string[];
}

function readList(name: string): Warninglist {
  return JSON.parse(
    readFileSync(`${VENDOR}/misp-warninglists/lists/${name}/list.json`, 'utf8'),
  ) as Warninglist;
}

type Entry = { s: bigint; e: bigint; family: 4 | 6; label: number };

function toBig(ip: string): { v: bigint; family: 4 | 6 } {
  const a = ipaddr.parse(ip);
  const bytes = a.toByteArray();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return { v, family: a.kind() === 'ipv4' ? 4 : 6 };
}

/** A CIDR, a single IP, or brakmic's `a.b.c.x-y` last-octet range, to an entry; null if neither. */
function toEntry(raw: string, label: number): Entry | null {
  const text = raw.trim();
  const dash = /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.)(\d{1,3})-(\d{1,3})$/.exec(text);
  if (dash) {
    const s = toIpv4Number(`${dash[1]}${dash[2]}`);
    const e = toIpv4Number(`${dash[1]}${dash[3]}`);
    if (s === null || e === null || e < s) return null;
    return { s: BigInt(s), e: BigInt(e), family: 4, label };
  }
  if (text.includes('/')) {
    if (!ipaddr.isValidCIDR(text)) return null;
    const [addr, len] = ipaddr.parseCIDR(text);
    const bits = addr.kind() === 'ipv4' ? 32 : 128;
    const { v, family } = toBig(addr.toString());
    const size = 1n << BigInt(bits - len);
    const s = v - (v % size);
    return { s, e: s + size - 1n, family, label };
  }
  if (!toIpAddress(text)) return null;
  const { v, family } = toBig(text);
  return { s: v, e: v, family, label };
}

function words(v: bigint, n: 1 | 4): number[] {
  const out: number[] = [];
  for (let k = n - 1; k >= 0; k--) out.push(Number((v >> BigInt(32 * k)) & 0xffffffffn));
  return out;
}

function compile(
  meta: { id: string; kind: ClassificationKind; label: string; source: string },
  entries: Entry[],
  rowLabels: string[],
): RangeListData {
  const sorted = [...entries].sort((a, b) =>
    a.s < b.s ? -1 : a.s > b.s ? 1 : a.e < b.e ? -1 : a.e > b.e ? 1 : a.label - b.label,
  );
  const unique = sorted.filter(
    (x, i) =>
      i === 0 ||
      x.s !== sorted[i - 1]!.s ||
      x.e !== sorted[i - 1]!.e ||
      x.label !== sorted[i - 1]!.label,
  );
  const v4: number[] = [];
  const v6: number[] = [];
  for (const x of unique) {
    if (x.family === 4) v4.push(...words(x.s, 1), ...words(x.e, 1), x.label);
    else v6.push(...words(x.s, 4), ...words(x.e, 4), x.label);
  }
  return { ...meta, rowLabels, v4: toBase64Words(v4), v6: toBase64Words(v6) };
}

const warninglistRanges: [string, ClassificationKind, string][] = [
  ['sinkholes', 'sinkhole', 'sinkhole'],
  ['shadowserver', 'sinkhole', 'sinkhole or scanner (Shadowserver range)'],
  ['umbrella-blockpage-v4', 'sinkhole', 'block page (Cisco Umbrella)'],
  ['umbrella-blockpage-v6', 'sinkhole', 'block page (Cisco Umbrella)'],
  ['rfc1918', 'bogon', 'private address (RFC 1918)'],
  ['rfc5735', 'bogon', 'special-use address (RFC 5735)'],
  ['rfc6598', 'bogon', 'shared address space (RFC 6598)'],
  ['rfc3849', 'bogon', 'documentation prefix (RFC 3849)'],
  ['ipv6-linklocal', 'bogon', 'link-local address'],
  ['multicast', 'bogon', 'multicast address'],
  ['public-dns-v4', 'public-dns', 'public DNS resolver'],
  ['public-dns-v6', 'public-dns', 'public DNS resolver'],
  ['amazon-aws', 'cloud', 'cloud (Amazon AWS)'],
  ['google-gcp', 'cloud', 'cloud (Google Cloud)'],
  ['microsoft-azure', 'cloud', 'cloud (Microsoft Azure)'],
  ['microsoft-azure-us-gov', 'cloud', 'cloud (Microsoft Azure US Government)'],
  ['microsoft-azure-china', 'cloud', 'cloud (Microsoft Azure China)'],
  ['microsoft-azure-germany', 'cloud', 'cloud (Microsoft Azure Germany)'],
  ['microsoft-office365-ip', 'cloud', 'cloud (Microsoft Office 365)'],
  ['oracle-oci', 'cloud', 'cloud (Oracle OCI)'],
  ['cloudflare', 'cloud', 'CDN (Cloudflare)'],
  ['fastly', 'cloud', 'CDN (Fastly)'],
  ['akamai', 'cloud', 'CDN (Akamai)'],
  ['stackpath', 'cloud', 'CDN (StackPath)'],
  ['bunny-net', 'cloud', 'CDN (Bunny.net)'],
  ['ovh-cluster', 'cloud', 'hosting (OVH shared cluster)'],
  ['github', 'cloud', 'cloud (GitHub)'],
  ['apple', 'cloud', 'cloud (Apple)'],
  ['zscaler', 'cloud', 'cloud (Zscaler)'],
  ['parking-domain', 'parked', 'parking service address'],
];

const rangeLists: RangeListData[] = [];
for (const [name, kind, label] of warninglistRanges) {
  const wl = readList(name);
  const entries: Entry[] = [];
  for (const raw of wl.list) {
    const e = toEntry(raw, 0);
    if (e) entries.push(e);
    else process.stderr.write(`${name}: skipped ${JSON.stringify(raw)}\n`);
  }
  rangeLists.push(
    compile(
      {
        id: `misp-warninglists/${name}`,
        kind,
        label,
        source: `misp-warninglists/${name} v${wl.version}`,
      },
      entries,
      [''],
    ),
  );
}

// brakmic/Sinkholes_List.csv: Organization,IP Range,Whois,Notes — operator names as row labels.
{
  const lines = readFileSync(`${VENDOR}/sinkholes/brakmic/Sinkholes_List.csv`, 'utf8').split('\n');
  const labels: string[] = [];
  const entries: Entry[] = [];
  lines.slice(1).forEach((line, i) => {
    const f = splitCsvLine(line.replace(/\r$/, ''));
    if (!f || f.length < 2) return;
    const org = (f[0] ?? '').trim();
    let idx = labels.indexOf(org);
    if (idx < 0) idx = labels.push(org) - 1;
    const e = toEntry(f[1] ?? '', idx);
    if (e) entries.push(e);
    else if (line.trim())
      process.stderr.write(`brakmic line ${i + 2}: skipped ${JSON.stringify(f[1])}\n`);
  });
  rangeLists.push(
    compile(
      {
        id: 'sinkholes/brakmic',
        kind: 'sinkhole',
        label: 'sinkhole ({label})',
        source: 'brakmic/Sinkholes 36eb2be',
      },
      entries,
      labels,
    ),
  );
}

// grettir/malware_sinkholes.txt: per-operator blocks of hostnames and IPs.
interface GrettirBlock {
  operator: string;
  hostnames: string[];
  ips: string[];
}
function parseGrettir(text: string): GrettirBlock[] {
  const blocks: GrettirBlock[] = [];
  let cur: GrettirBlock | null = null;
  let inHeader = false;
  let sawName = false;
  let inSources = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (/^# -{10,}$/.test(line)) {
      inHeader = !inHeader;
      if (inHeader) {
        cur = { operator: '', hostnames: [], ips: [] };
        blocks.push(cur);
        sawName = false;
        inSources = false;
      }
      continue;
    }
    if (!cur) continue;
    if (inHeader) {
      const body = line.replace(/^#/, '');
      if (!sawName && body.trim()) {
        cur.operator = body.trim();
        sawName = true;
      } else if (/^\s*Source/.test(body)) {
        inSources = true;
      } else if (!inSources && /^\s+[a-z0-9.-]+\.[a-z]{2,}$/i.test(body)) {
        cur.hostnames.push(body.trim().toLowerCase());
      }
    } else if (line && !line.startsWith('#')) {
      cur.ips.push(line.trim());
    }
  }
  return blocks.filter((b) => b.operator);
}
const grettir = parseGrettir(
  readFileSync(`${VENDOR}/sinkholes/grettir/malware_sinkholes.txt`, 'utf8'),
);
{
  const labels = grettir.map((b) => b.operator);
  const entries: Entry[] = [];
  grettir.forEach((b, idx) => {
    for (const ip of b.ips) {
      const e = toEntry(ip, idx);
      if (e) entries.push(e);
      else process.stderr.write(`grettir ${b.operator}: skipped ${JSON.stringify(ip)}\n`);
    }
  });
  rangeLists.push(
    compile(
      {
        id: 'sinkholes/grettir',
        kind: 'sinkhole',
        label: 'sinkhole ({label})',
        source: 'grettir/malware-sinkholes 905841d',
      },
      entries,
      labels,
    ),
  );
}

// Name lists: hostname semantics (entry or a sub-domain of it).
interface NameListOut {
  id: string;
  kind: ClassificationKind;
  label: string;
  source: string;
  /** What is compared: the indicator itself, its NS targets or its CNAME targets. */
  applies: readonly ('self' | 'ns' | 'cname')[];
  names: string[];
}
const nameLists: NameListOut[] = [];
function wlNames(name: string): { names: string[]; version: string } {
  const wl = readList(name);
  const names = [
    ...new Set(
      wl.list.map((n) =>
        n
          .trim()
          .toLowerCase()
          .replace(/^\*?\./, '')
          .replace(/\.$/, ''),
      ),
    ),
  ]
    .filter((n) => n.length > 0)
    .sort();
  return { names, version: String(wl.version) };
}
const pdh = wlNames('public-dns-hostname');
nameLists.push({
  id: 'misp-warninglists/public-dns-hostname',
  kind: 'public-dns',
  label: 'public DNS resolver',
  source: `misp-warninglists/public-dns-hostname v${pdh.version}`,
  applies: ['self'],
  names: pdh.names,
});
const pns = wlNames('parking-domain-ns');
nameLists.push({
  id: 'misp-warninglists/parking-domain-ns',
  kind: 'parked',
  label: 'parked (parking nameserver)',
  source: `misp-warninglists/parking-domain-ns v${pns.version}`,
  applies: ['ns'],
  names: pns.names,
});
const ubh = wlNames('umbrella-blockpage-hostname');
nameLists.push({
  id: 'misp-warninglists/umbrella-blockpage-hostname',
  kind: 'sinkhole',
  label: 'block page (Cisco Umbrella)',
  source: `misp-warninglists/umbrella-blockpage-hostname v${ubh.version}`,
  applies: ['self', 'cname'],
  names: ubh.names,
});
const r6761 = wlNames('rfc6761');
nameLists.push({
  id: 'misp-warninglists/rfc6761',
  kind: 'bogon',
  label: 'special-use domain name (RFC 6761)',
  source: `misp-warninglists/rfc6761 v${r6761.version}`,
  applies: ['self'],
  names: r6761.names,
});
for (const b of grettir) {
  if (b.hostnames.length === 0) continue;
  nameLists.push({
    id: 'sinkholes/grettir',
    kind: 'sinkhole',
    label: `sinkhole (${b.operator})`,
    source: 'grettir/malware-sinkholes 905841d',
    applies: ['self', 'ns', 'cname'],
    names: [...new Set(b.hostnames)].sort(),
  });
}

// State-owned ASes.
function stateOwned(file: string, minority: boolean): string {
  const lines = readFileSync(`${VENDOR}/state-owned-ases/${file}`, 'utf8').split('\n');
  const header = splitCsvLine(lines[0] ?? '') ?? [];
  const col = (name: string): number => header.indexOf(name);
  const rows: string[] = [];
  const seen = new Set<number>();
  lines.slice(1).forEach((line, i) => {
    const f = splitCsvLine(line.replace(/\r$/, ''));
    if (!f || f.length < header.length) return;
    const asn = Number(f[col('asn')]);
    if (!Number.isInteger(asn) || seen.has(asn)) return;
    seen.add(asn);
    // Evidence: the first seven columns, as the CSV row reads, then an ellipsis.
    const excerpt = `${f.slice(0, 7).join(',')},…`;
    const rec = {
      asn,
      line: i + 2,
      row: excerpt,
      conglomerate: f[col('conglomerate')] ?? '',
      orgName: f[col('org_name')] ?? '',
      ownerCountry: f[col('ownership_country_name')] ?? '',
      quote: (f[col('quote')] ?? '').slice(0, 300),
      ...(minority ? { ownershipPercent: Number(f[col('ownership_percentage')]) } : {}),
    };
    rows.push(`  ${JSON.stringify(rec)},`);
  });
  return rows.join('\n');
}

const banner = (what: string) =>
  `// GENERATED by scripts/enrich/build-lists.ts from ${what}. Do not edit: change the script or\n// the vendored source and run \`npx tsx scripts/enrich/build-lists.ts\`.\n`;

writeFileSync(
  `${OUT}/range-lists.generated.ts`,
  `${banner('vendor/misp-warninglists and vendor/sinkholes')}import type { RangeListData } from '../range-list.js';\n\nexport const RANGE_LISTS: readonly RangeListData[] = ${JSON.stringify(rangeLists, null, 1)};\n`,
);
writeFileSync(
  `${OUT}/name-lists.generated.ts`,
  `${banner('vendor/misp-warninglists and vendor/sinkholes/grettir')}import type { NameListData } from '../name-list.js';\n\nexport const NAME_LISTS: readonly NameListData[] = [\n${nameLists
    .map((l) => `  ${JSON.stringify({ ...l, names: l.names.join('\n') })},`)
    .join('\n')}\n];\n`,
);
writeFileSync(
  `${OUT}/state-owned-ases.generated.ts`,
  `${banner('vendor/state-owned-ases (Carisimo et al., IMC 2021, CC BY 4.0)')}import type { StateOwnedAs } from '../state-owned.js';\n\n/** state_owned_ases.csv (majority state-owned operators). */\nexport const STATE_OWNED_ASES: readonly StateOwnedAs[] = [\n${stateOwned('state_owned_ases.csv', false)}\n];\n\n/** minority_state_owned_ases.csv (preliminary list; ownership share given). */\nexport const MINORITY_STATE_OWNED_ASES: readonly StateOwnedAs[] = [\n${stateOwned('minority_state_owned_ases.csv', true)}\n];\n`,
);
process.stderr.write(`wrote ${rangeLists.length} range lists, ${nameLists.length} name lists\n`);
