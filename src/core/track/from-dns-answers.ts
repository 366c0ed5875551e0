/** The enrichment resolver's answer (core/enrich DnsAnswers) as a tracking observation. */
import { assertNever } from '../shared/assert-never.js';
import type { DnsAnswers, DnsRecordType, DnsStatus } from '../enrich/types.js';
import type { Observation, QueryOutcome, TrackedRrtype } from './types.js';

/** Maps each tracked type to records, NODATA, NXDOMAIN, SERVFAIL or TIMEOUT. */
export function toObservation(answers: DnsAnswers): Observation {
  const failureOf = (t: DnsRecordType): DnsStatus | undefined =>
    answers.failures.find((f) => f.type === t)?.status;
  const one = (t: TrackedRrtype, rdata: readonly string[]): QueryOutcome => {
    if (rdata.length > 0) return { kind: 'records', rdata };
    const status = failureOf(t) ?? (answers.status === 'nxdomain' ? 'nxdomain' : 'nodata');
    return toOutcome(status);
  };
  return {
    A: one('A', answers.a),
    AAAA: one('AAAA', answers.aaaa),
    CNAME: one('CNAME', answers.cname),
    NS: one('NS', answers.ns),
  };
}

function toOutcome(status: DnsStatus): QueryOutcome {
  switch (status) {
    case 'nxdomain':
      return { kind: 'nxdomain' };
    case 'servfail':
    case 'refused':
    case 'malformed':
      return { kind: 'servfail' };
    case 'timeout':
    case 'unavailable':
    case 'offline':
      return { kind: 'timeout' };
    case 'ok':
    case 'nodata':
      return { kind: 'nodata' };
    default:
      return assertNever(status);
  }
}
