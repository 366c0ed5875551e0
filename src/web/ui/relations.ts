/**
 * Relations between indicators as the UI draws them, from either shape the API sends: the
 * extraction's `{source, type, target, evidence}` or the knowledge base's `{from, kind, to,
 * source}` (reports and indicator pages). Pure.
 */
import * as z from 'zod/mini';

const Ref = z.looseObject({ type: z.string(), value: z.string() });
export type Ref = z.infer<typeof Ref>;

const Stated = z.looseObject({
  source: Ref,
  type: z.string(),
  target: Ref,
  evidence: z.optional(z.nullable(z.string())),
});
const Stored = z.looseObject({
  from: Ref,
  kind: z.string(),
  to: Ref,
  source: z.optional(z.nullable(z.string())),
});

export interface RelationRow {
  readonly from: Ref;
  readonly kind: string;
  readonly to: Ref;
  /** The sentence that states it, or where it was learnt; empty when neither is known. */
  readonly note: string;
}

/** The relation in `data`, or null when it has neither shape. */
export function toRelationRow(data: unknown): RelationRow | null {
  const a = Stated.safeParse(data);
  if (a.success) {
    const r = a.data;
    return { from: r.source, kind: r.type, to: r.target, note: r.evidence ?? '' };
  }
  const b = Stored.safeParse(data);
  if (b.success) {
    const r = b.data;
    return { from: r.from, kind: r.kind, to: r.to, note: r.source ?? '' };
  }
  return null;
}

/** Every relation of `list` the UI can draw, in order; the others are skipped. */
export function toRelationRows(list: readonly unknown[] | undefined): RelationRow[] {
  const out: RelationRow[] = [];
  for (const item of list ?? []) {
    const row = toRelationRow(item);
    if (row) out.push(row);
  }
  return out;
}
