/** Relations on the wire: one shape everywhere, the one `tocsin ioc extract` prints. */
import type { Relation, RelationInput } from '../core/kb/types.js';

/** `{source, type, target}`, who stated it (`statedBy`), and when it was seen. */
export function toRelationView(r: Relation | RelationInput) {
  const { from, to, kind, source, ...seen } = r;
  return { source: from, type: kind, target: to, statedBy: source, ...seen };
}
