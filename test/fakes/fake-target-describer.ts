/** A TargetDescriberPort from a fixed table: "IP (facts)" for known addresses, the bare IP otherwise. */
import type { TargetDescriberPort } from '../../src/core/track/ports.js';

export const carbanakTargets: ReadonlyMap<string, string> = new Map([
  ['213.24.76.23', 'AS8342 JSC RTComm.RU, RU; state-owned network'],
  ['198.51.100.7', 'AS64500 Example Hosting, US'],
]);

/** Describes addresses from `table`; counts calls so tests can see what was asked. */
export function createFakeTargetDescriber(
  table: ReadonlyMap<string, string> = carbanakTargets,
): TargetDescriberPort & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async describeTarget(ip) {
      asked.push(ip);
      const facts = table.get(ip);
      return facts === undefined ? ip : `${ip} (${facts})`;
    },
  };
}
