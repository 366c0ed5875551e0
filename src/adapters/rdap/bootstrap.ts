/**
 * IANA RDAP bootstrap (RFC 9224): which RDAP server answers for a TLD, an address block or an AS.
 * The shipped set is generated from vendor/iana-rdap; `tocsin data update --rdap-bootstrap DIR`
 * copies fresher files into <dataDir>/rdap/, which loadRdapBootstrap prefers.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { AppError } from '../../core/shared/app-error.js';
import { err, ok, type Result } from '../../core/shared/result.js';
import type { IpAddress } from '../../core/enrich/ip.js';

export const RdapBootstrap = z
  .object({
    version: z.string().max(20),
    publication: z.string().max(40).optional(),
    description: z.string().max(1000).optional(),
    services: z
      .array(
        z.tuple([
          z.array(z.string().min(1).max(100)).max(100_000),
          z.array(z.url().max(500)).min(1).max(20),
        ]),
      )
      .max(10_000),
  })
  .loose();
export type RdapBootstrap = z.infer<typeof RdapBootstrap>;

export interface RdapBootstrapSet {
  readonly dns: RdapBootstrap;
  readonly ipv4: RdapBootstrap;
  readonly ipv6: RdapBootstrap;
  readonly asn: RdapBootstrap;
}

export const BOOTSTRAP_FILES = ['dns', 'ipv4', 'ipv6', 'asn'] as const;

/** Validates one bootstrap document. */
export function parseRdapBootstrap(json: unknown): Result<RdapBootstrap> {
  const r = RdapBootstrap.safeParse(json);
  if (r.success) return ok(r.data);
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  return err(
    new AppError('RDAP_BOOTSTRAP_INVALID', `not an RDAP bootstrap file: ${issues.join('; ')}`),
  );
}

function readSet(dir: string): RdapBootstrapSet {
  const out: Partial<Record<(typeof BOOTSTRAP_FILES)[number], RdapBootstrap>> = {};
  for (const f of BOOTSTRAP_FILES) {
    const file = join(dir, `${f}.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new AppError('RDAP_BOOTSTRAP_INVALID', `cannot read ${file}`, { cause });
    }
    const r = parseRdapBootstrap(json);
    if (!r.ok) throw new AppError('RDAP_BOOTSTRAP_INVALID', `${file}: ${r.error.message}`);
    out[f] = r.value;
  }
  return out as RdapBootstrapSet; // all four keys were set in the loop above
}

/** <dataDir>/rdap when it holds the four files, else the shipped set. */
export function loadRdapBootstrap(
  dataDir: string | undefined,
  shipped: RdapBootstrapSet,
): RdapBootstrapSet {
  if (dataDir === undefined) return shipped;
  const dir = join(dataDir, 'rdap');
  if (!BOOTSTRAP_FILES.every((f) => existsSync(join(dir, `${f}.json`)))) return shipped;
  return readSet(dir);
}

/** Validates the four files in `from` and copies them into <dataDir>/rdap. */
export function installRdapBootstrap(from: string, dataDir: string): string {
  readSet(from);
  const dir = join(dataDir, 'rdap');
  mkdirSync(dir, { recursive: true });
  for (const f of BOOTSTRAP_FILES) copyFileSync(join(from, `${f}.json`), join(dir, `${f}.json`));
  return dir;
}

/** Base URL for a domain: the service of its longest matching TLD/suffix entry. */
export function rdapBaseForDomain(set: RdapBootstrapSet, name: string): string | null {
  const labels = name.toLowerCase().split('.');
  for (let i = 1; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    for (const [entries, urls] of set.dns.services) {
      if (entries.includes(suffix)) return pickUrl(urls);
    }
  }
  return null;
}

/** Base URL for an address: the service of the longest matching prefix. */
export function rdapBaseForIp(set: RdapBootstrapSet, ip: IpAddress): string | null {
  const doc = ip.family === 4 ? set.ipv4 : set.ipv6;
  const addr = ipaddr.parse(ip.text);
  let best: { len: number; url: string } | null = null;
  for (const [entries, urls] of doc.services) {
    for (const cidr of entries) {
      if (!ipaddr.isValidCIDR(cidr)) continue;
      const range = ipaddr.parseCIDR(cidr);
      if (range[0].kind() !== addr.kind()) continue;
      if (addr.match(range) && (!best || range[1] > best.len)) {
        best = { len: range[1], url: pickUrl(urls) };
      }
    }
  }
  return best?.url ?? null;
}

function pickUrl(urls: readonly string[]): string {
  // RFC 9224 §3: prefer HTTPS.
  return urls.find((u) => u.startsWith('https:')) ?? urls[0] ?? '';
}
