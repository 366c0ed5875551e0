/** The one sentence an alert says: where the domain points now, what that is, and what it replaced. */
import { addressesOf } from './answer-set.js';
import type { AnswerSet } from './types.js';

/** How many targets a sentence names before "and N more". */
const MAX_NAMED = 3;

/** Phrases for addresses, e.g. "213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)". */
export type TargetDescriptions = ReadonlyMap<string, string>;

/**
 * "systemsvc.net now resolves to 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)
 * instead of 198.51.100.7 (AS64500 Example, US)."
 */
export function toAlertSentence(
  domain: string,
  change: { readonly from: AnswerSet; readonly to: AnswerSet },
  described: TargetDescriptions,
): string {
  const { from, to } = change;
  if (to.kind === 'nxdomain') {
    return `${domain} no longer exists (NXDOMAIN); it pointed to ${target(from, described)}.`;
  }
  if (from.kind === 'nxdomain') {
    return `${domain} now resolves to ${target(to, described)}; it did not exist before (NXDOMAIN).`;
  }
  const addrChanged = addressesOf(from).join() !== addressesOf(to).join();
  const cnameChanged = from.CNAME.join() !== to.CNAME.join();
  if (!addrChanged && !cnameChanged) {
    return `${domain} is now served by name servers ${names(to.NS)} instead of ${names(from.NS)}.`;
  }
  return `${domain} now resolves to ${target(to, described)} instead of ${target(from, described)}.`;
}

/** The addresses (with descriptions), else the alias, else the name servers, else "no address". */
function target(set: AnswerSet, described: TargetDescriptions): string {
  if (set.kind === 'nxdomain') return 'nothing (NXDOMAIN)';
  const addrs = addressesOf(set);
  if (addrs.length > 0) {
    return list(addrs.map((a) => described.get(a) ?? a));
  }
  if (set.CNAME.length > 0) return `an alias of ${names(set.CNAME)}`;
  return set.NS.length > 0 ? `no address (name servers ${names(set.NS)})` : 'no address';
}

function names(xs: readonly string[]): string {
  return xs.length === 0 ? 'none' : list(xs);
}

function list(xs: readonly string[]): string {
  const named = xs.slice(0, MAX_NAMED).join(', ');
  return xs.length > MAX_NAMED ? `${named} and ${xs.length - MAX_NAMED} more` : named;
}
