/** Relations on the wire: one shape everywhere, the one `tocsin ioc extract` prints. */
import type { IndicatorRef } from '../core/kb/types.js';

interface StoredRelation {
  readonly from: IndicatorRef;
  readonly to: IndicatorRef;
  readonly kind: string;
  readonly source: string;
}

/** `{source, type, target}` plus where it was stated and when it was seen. */
export function toRelationView(
  r: StoredRelation & {
    readonly seenAtMs?: number;
    readonly firstSeenMs?: number;
    readonly lastSeenMs?: number;
  },
) {
  return {
    source: r.from,
    type: r.kind,
    target: r.to,
    /** Who stated it: the report's source. */
    statedBy: r.source,
    ...(r.firstSeenMs === undefined ? {} : { firstSeenMs: r.firstSeenMs }),
    ...(r.lastSeenMs === undefined ? {} : { lastSeenMs: r.lastSeenMs }),
    ...(r.seenAtMs === undefined ? {} : { seenAtMs: r.seenAtMs }),
  };
}
