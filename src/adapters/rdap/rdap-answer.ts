/**
 * RFC 9083 answers: the zod schema at the boundary and the mapping to the core RdapRecord.
 * Lenient on what RIRs add (extensions, links, events), strict on the fields we read.
 */
import { z } from 'zod';
import type { RdapEntity, RdapRecord } from '../../core/enrich/types.js';

const Text = z.string().max(10_000);

const Remark = z
  .object({ title: Text.optional(), description: z.array(Text).max(200).optional() })
  .loose();

interface EntityIn {
  handle?: string | undefined;
  roles?: string[] | undefined;
  vcardArray?: unknown;
  remarks?: z.infer<typeof Remark>[] | undefined;
  entities?: EntityIn[] | undefined;
}

const Entity: z.ZodType<EntityIn> = z.lazy(() =>
  z
    .object({
      handle: Text.optional(),
      roles: z.array(z.string().max(100)).max(50).optional(),
      vcardArray: z.unknown().optional(),
      remarks: z.array(Remark).max(200).optional(),
      entities: z.array(Entity).max(200).optional(),
    })
    .loose(),
);

export const RdapAnswer = z
  .object({
    objectClassName: z.enum(['ip network', 'domain', 'autnum']),
    handle: Text.optional(),
    name: Text.optional(),
    ldhName: Text.optional(),
    type: Text.optional(),
    country: Text.optional(),
    startAddress: Text.optional(),
    endAddress: Text.optional(),
    entities: z.array(Entity).max(200).optional(),
    remarks: z.array(Remark).max(200).optional(),
  })
  .loose();
export type RdapAnswer = z.infer<typeof RdapAnswer>;

function remarkTexts(rs: readonly z.infer<typeof Remark>[] | undefined): string[] {
  const out: string[] = [];
  for (const r of rs ?? []) {
    if (r.title) out.push(r.title);
    const d = (r.description ?? []).join(' ').trim();
    if (d) out.push(d);
  }
  return out;
}

/** Reads `fn`, `org` and `email` from a jCard (RFC 7095) without trusting its shape. */
function vcardField(vcard: unknown, name: string): string | null {
  if (!Array.isArray(vcard) || vcard[0] !== 'vcard' || !Array.isArray(vcard[1])) return null;
  for (const prop of vcard[1] as unknown[]) {
    if (!Array.isArray(prop) || prop[0] !== name) continue;
    const value: unknown = prop[3];
    if (typeof value === 'string') return value.slice(0, 1000);
    if (Array.isArray(value)) {
      const parts = value.filter((v): v is string => typeof v === 'string');
      if (parts.length > 0) return parts.join(' ').slice(0, 1000);
    }
  }
  return null;
}

function flatten(
  entities: readonly EntityIn[] | undefined,
  out: RdapEntity[],
  depth: number,
): void {
  if (!entities || depth > 8) return;
  for (const e of entities) {
    out.push({
      handle: e.handle ?? null,
      roles: e.roles ?? [],
      name: vcardField(e.vcardArray, 'fn'),
      org: vcardField(e.vcardArray, 'org'),
      email: vcardField(e.vcardArray, 'email'),
      remarks: remarkTexts(e.remarks),
    });
    flatten(e.entities, out, depth + 1);
  }
}

/** Maps a validated answer to the core record. */
export function toRdapRecord(a: RdapAnswer): RdapRecord {
  const entities: RdapEntity[] = [];
  flatten(a.entities, entities, 0);
  const registrant = entities.find((e) => e.roles.includes('registrant'));
  const abuse = entities.find((e) => e.roles.includes('abuse') && e.email);
  return {
    objectClass: a.objectClassName,
    handle: a.handle ?? null,
    name: a.name ?? a.ldhName ?? null,
    type: a.type ?? null,
    country: a.country ?? null,
    startAddress: a.startAddress ?? null,
    endAddress: a.endAddress ?? null,
    registrant: registrant ? (registrant.org ?? registrant.name) : null,
    abuseEmail: abuse?.email ?? null,
    entities,
    remarks: remarkTexts(a.remarks),
  };
}

/** Deepest nesting of arrays/objects in JSON text, counted outside strings; stops past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return false;
}
