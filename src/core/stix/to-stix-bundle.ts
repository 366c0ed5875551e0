/**
 * STIX 2.1 bundle for an extraction: one SCO per indicator (deterministic ids, §2.9), one
 * indicator with a STIX pattern per observable, relationships and embedded resolves_to_refs /
 * belongs_to_refs for stated relations, and a report that refers to all of them. Same input,
 * same bundle: every id is derived from content, timestamps come from the caller. Pure.
 */
import type { ExtractResult, Ioc, IocRef, IocType } from '../ioc/types.js';
import { toStixId } from './uuid-v5.js';

export type StixObject = {
  readonly type: string;
  readonly id: string;
  readonly [k: string]: unknown;
};
export type StixBundle = {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects?: readonly StixObject[];
};

export type StixOptions = {
  /** RFC 3339 timestamp used for created / modified / valid_from / published (core has no clock). */
  readonly created: string;
  /** Report name; defaults to "Extracted indicators". */
  readonly name?: string;
};

const HASH_NAMES = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' } as const;

/** Types with no STIX 2.1 cyber-observable: kept out of the bundle. */
export const STIX_UNSUPPORTED: ReadonlySet<IocType> = new Set(['phone', 'btc', 'eth']);

type Observable = { sco: Record<string, unknown> & { type: string; id: string }; pattern?: string };

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function scoFor(ref: IocRef): Observable | undefined {
  const { type, value } = ref;
  switch (type) {
    case 'domain':
      return sco('domain-name', { value }, `[domain-name:value = ${quote(value)}]`);
    case 'ipv4':
    case 'ipv6':
      return sco(`${type}-addr`, { value }, `[${type}-addr:value = ${quote(value)}]`);
    case 'cidr': {
      const t = value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
      return sco(t, { value }, `[${t}:value ISSUBSET ${quote(value)}]`);
    }
    case 'url':
      return sco('url', { value }, `[url:value = ${quote(value)}]`);
    case 'email':
      return sco('email-addr', { value }, `[email-addr:value = ${quote(value)}]`);
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512': {
      const name = HASH_NAMES[type];
      return sco(
        'file',
        { hashes: { [name]: value } },
        `[file:hashes.${quote(name)} = ${quote(value)}]`,
      );
    }
    case 'asn': {
      const number = Number(value.slice(2));
      return sco('autonomous-system', { number }, `[autonomous-system:number = ${number}]`);
    }
    case 'cve':
      return {
        sco: {
          type: 'vulnerability',
          spec_version: '2.1',
          id: toStixId('vulnerability', { name: value }),
          name: value,
          external_references: [{ source_name: 'cve', external_id: value }],
        },
      };
    case 'phone':
    case 'btc':
    case 'eth':
      return undefined;
    default:
      return assertUnreachable(type);
  }
}

function assertUnreachable(x: never): never {
  throw new Error(`unknown indicator type ${String(x)}`);
}

function sco(type: string, idProps: Record<string, unknown>, pattern: string): Observable {
  // id-contributing properties (STIX 2.1 §6): value, number or hashes; built from plain JSON here
  const id = toStixId(type, idProps as { [k: string]: string | number | { [k: string]: string } });
  return { sco: { type, spec_version: '2.1', id, ...idProps }, pattern };
}

function refKey(r: IocRef): string {
  return `${r.type}|${r.value}`;
}

type Built = { objects: StixObject[]; ids: Map<string, string> };

function observables(iocs: readonly Ioc[], opts: StixOptions): Built {
  const objects: StixObject[] = [];
  const ids = new Map<string, string>();
  const stamp = { created: opts.created, modified: opts.created };
  for (const ioc of iocs) {
    const o = scoFor(ioc);
    if (o === undefined || ids.has(refKey(ioc))) continue;
    if (o.sco.type === 'vulnerability') Object.assign(o.sco, stamp);
    ids.set(refKey(ioc), o.sco.id);
    objects.push(o.sco);
    if (o.pattern === undefined) continue;
    objects.push({
      type: 'indicator',
      spec_version: '2.1',
      id: toStixId('indicator', { pattern: o.pattern }),
      ...stamp,
      name: `${ioc.type} ${ioc.value}`,
      pattern: o.pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: opts.created,
    });
  }
  return { objects, ids };
}

const EMBEDDED_REF = {
  'resolves-to': 'resolves_to_refs',
  'belongs-to': 'belongs_to_refs',
} as const;

function relationships(result: ExtractResult, built: Built, opts: StixOptions): void {
  const byId = new Map(built.objects.map((o) => [o.id, o as Record<string, unknown>]));
  for (const r of result.relations) {
    const source = built.ids.get(refKey(r.source));
    const target = built.ids.get(refKey(r.target));
    if (source === undefined || target === undefined) continue;
    const idProps = { source_ref: source, relationship_type: r.type, target_ref: target };
    built.objects.push({
      type: 'relationship',
      spec_version: '2.1',
      id: toStixId('relationship', idProps),
      created: opts.created,
      modified: opts.created,
      relationship_type: r.type,
      source_ref: source,
      target_ref: target,
      description: r.evidence,
    });
    const prop =
      r.type === 'resolves-to' || r.type === 'belongs-to' ? EMBEDDED_REF[r.type] : undefined;
    const holder = byId.get(source);
    if (prop === undefined || holder === undefined) continue;
    const refs = (holder[prop] as string[] | undefined) ?? [];
    if (!refs.includes(target)) holder[prop] = [...refs, target];
  }
}

/**
 * The STIX 2.1 bundle of an extraction. Phone numbers and wallet addresses have no STIX 2.1
 * observable and are left out. A result with no indicator gives a bundle without objects.
 */
export function toStixBundle(result: ExtractResult, opts: StixOptions): StixBundle {
  const built = observables(result.iocs, opts);
  relationships(result, built, opts);
  if (built.objects.length === 0)
    return { type: 'bundle', id: toStixId('bundle', { object_refs: [] }) };
  const refs = built.objects.map((o) => o.id).sort();
  const name = opts.name ?? 'Extracted indicators';
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: toStixId('report', { name, object_refs: refs }),
    created: opts.created,
    modified: opts.created,
    name,
    report_types: ['indicator'],
    published: opts.created,
    object_refs: refs,
  };
  return {
    type: 'bundle',
    id: toStixId('bundle', { report: report.id }),
    objects: [report, ...built.objects],
  };
}
