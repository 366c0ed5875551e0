/** Shapes of C2 tracking: what a poll observed, the answer set it implies, the watch state, moves. */

/** The record types a poll asks for, per watched domain. */
export const TrackedRrtype = ['A', 'AAAA', 'CNAME', 'NS'] as const;
export type TrackedRrtype = (typeof TrackedRrtype)[number];

/** What one DNS query answered. NXDOMAIN, SERVFAIL and timeouts are intelligence, not errors. */
export type QueryOutcome =
  | { readonly kind: 'records'; readonly rdata: readonly string[] }
  | { readonly kind: 'nodata' }
  | { readonly kind: 'nxdomain' }
  | { readonly kind: 'servfail' }
  | { readonly kind: 'timeout' };

/** One poll of one domain: an outcome per tracked record type. */
export type Observation = Readonly<Record<TrackedRrtype, QueryOutcome>>;

/** Where a domain points: sorted, deduplicated, lower-case rdata per type, or NXDOMAIN. */
export type AnswerSet =
  | { readonly kind: 'nxdomain' }
  | {
      readonly kind: 'records';
      readonly A: readonly string[];
      readonly AAAA: readonly string[];
      readonly CNAME: readonly string[];
      readonly NS: readonly string[];
    };

/** An answer set seen recently, by key, for the anti-flapping rule. */
export interface RecentSet {
  readonly key: string;
  readonly lastSeenMs: number;
}

/** What the tracker remembers of a domain between polls (a JSON column of the watch entry). */
export interface WatchState {
  readonly current: AnswerSet;
  /** When `current` became the current answer set (ms since the epoch). */
  readonly sinceMs: number;
  /** How many changes (alerted or suppressed) were recorded: part of the alert idempotency key. */
  readonly changes: number;
  /** Answer sets the domain had recently, most recent first, at most `MovePolicy.maxRecent`. */
  readonly recent: readonly RecentSet[];
}

/** State of one history row: a real record, or the failure the query met. */
export const HistoryState = ['ok', 'NXDOMAIN', 'SERVFAIL', 'TIMEOUT'] as const;
export type HistoryState = (typeof HistoryState)[number];

/** One history observation: `rdata` is empty unless `state` is `ok`. */
export interface HistoryObservation {
  readonly rrtype: TrackedRrtype;
  readonly rdata: string;
  readonly state: HistoryState;
}

/** A change of answer set worth an alert. `key` is stable across a crash and retry. */
export interface Move {
  readonly domain: string;
  readonly from: AnswerSet;
  readonly to: AnswerSet;
  readonly key: string;
  readonly observedAtMs: number;
}

/** The tunables of move detection. */
export interface MovePolicy {
  /** A change back to an answer set seen within this window raises no alert (anti-flapping). */
  readonly flapWindowMs: number;
  /** How many recent answer sets a watch entry remembers. */
  readonly maxRecent: number;
}

export const defaultMovePolicy: MovePolicy = Object.freeze({
  flapWindowMs: 6 * 60 * 60 * 1000,
  maxRecent: 16,
});
