/** Answer sets: from a poll's outcomes to a canonical set, its key, and the history rows it yields. */
import type {
  AnswerSet,
  HistoryObservation,
  Observation,
  QueryOutcome,
  TrackedRrtype,
} from './types.js';
import { TrackedRrtype as rrtypes } from './types.js';

/** Lower-case, no trailing dot, sorted, unique: two resolvers' answers compare equal. */
export function toCanonicalRdata(rdata: readonly string[]): readonly string[] {
  const out = new Set<string>();
  for (const r of rdata) {
    const v = r.trim().toLowerCase().replace(/\.$/, '');
    if (v !== '') out.add(v);
  }
  return [...out].sort();
}

function isFailure(o: QueryOutcome): boolean {
  return o.kind === 'servfail' || o.kind === 'timeout';
}

/**
 * The answer set a poll implies. A type whose query failed (SERVFAIL, timeout) keeps its value in
 * `previous`: a flaky resolver is not a move. Returns null when nothing answered and there is no
 * previous set to fall back on.
 */
export function toAnswerSet(obs: Observation, previous: AnswerSet | null): AnswerSet | null {
  const outcomes = rrtypes.map((t) => obs[t]);
  if (outcomes.every(isFailure)) return previous;
  const answered = outcomes.filter((o) => !isFailure(o));
  if (answered.every((o) => o.kind === 'nxdomain')) return { kind: 'nxdomain' };
  const pick = (t: TrackedRrtype): readonly string[] => {
    const o = obs[t];
    if (o.kind === 'records') return toCanonicalRdata(o.rdata);
    if (isFailure(o) && previous?.kind === 'records') return previous[t];
    return [];
  };
  return {
    kind: 'records',
    A: pick('A'),
    AAAA: pick('AAAA'),
    CNAME: pick('CNAME'),
    NS: pick('NS'),
  };
}

/** A stable string for an answer set: equal sets, equal keys. */
export function toAnswerSetKey(set: AnswerSet): string {
  if (set.kind === 'nxdomain') return 'NXDOMAIN';
  return rrtypes.map((t) => `${t}=${set[t].join(',')}`).join(';');
}

/** The history rows a poll yields: one per record, one per failed query; NODATA yields none. */
export function toHistoryObservations(obs: Observation): readonly HistoryObservation[] {
  const rows: HistoryObservation[] = [];
  for (const rrtype of rrtypes) {
    const o = obs[rrtype];
    switch (o.kind) {
      case 'records':
        for (const rdata of toCanonicalRdata(o.rdata)) rows.push({ rrtype, rdata, state: 'ok' });
        break;
      case 'nxdomain':
        rows.push({ rrtype, rdata: '', state: 'NXDOMAIN' });
        break;
      case 'servfail':
        rows.push({ rrtype, rdata: '', state: 'SERVFAIL' });
        break;
      case 'timeout':
        rows.push({ rrtype, rdata: '', state: 'TIMEOUT' });
        break;
      case 'nodata':
        break;
    }
  }
  return rows;
}

/** The addresses (A and AAAA) of an answer set, IPv4 first. */
export function addressesOf(set: AnswerSet): readonly string[] {
  return set.kind === 'records' ? [...set.A, ...set.AAAA] : [];
}
