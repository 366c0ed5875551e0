/**
 * Passive-DNS Common Output Format (draft-dulaunoy-dnsop-passive-dns-cof): one JSON object per
 * (rrname, rrtype, rdata) with first/last seen as seconds since the epoch and a count. Failure
 * states (NXDOMAIN, SERVFAIL, TIMEOUT) have no COF form and are left out.
 */
import type { HistoryState, TrackedRrtype } from './types.js';

/** One resolution history row as the knowledge base keeps it. */
export interface ResolutionRow {
  readonly domain: string;
  readonly rrtype: TrackedRrtype;
  readonly rdata: string;
  readonly state: HistoryState;
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
  readonly count: number;
}

/** The mandatory COF fields, in the draft's order. */
export interface CofRecord {
  readonly rrname: string;
  readonly rrtype: TrackedRrtype;
  readonly rdata: string;
  readonly time_first: number;
  readonly time_last: number;
  readonly count: number;
}

/** COF records for the `ok` rows of a history, in the order given. */
export function toCofRecords(rows: readonly ResolutionRow[]): readonly CofRecord[] {
  const out: CofRecord[] = [];
  for (const r of rows) {
    if (r.state !== 'ok') continue;
    out.push({
      rrname: r.domain,
      rrtype: r.rrtype,
      rdata: r.rdata,
      time_first: Math.floor(r.firstSeenMs / 1000),
      time_last: Math.floor(r.lastSeenMs / 1000),
      count: r.count,
    });
  }
  return out;
}
