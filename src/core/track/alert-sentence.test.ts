import { describe, expect, it } from 'vitest';
import { toAlertSentence } from './alert-sentence.js';
import type { AnswerSet } from './types.js';

const set = (
  A: string[],
  over: Partial<{ AAAA: string[]; CNAME: string[]; NS: string[] }> = {},
): AnswerSet => ({
  kind: 'records',
  A,
  AAAA: over.AAAA ?? [],
  CNAME: over.CNAME ?? [],
  NS: over.NS ?? ['ns1.example'],
});
const nx: AnswerSet = { kind: 'nxdomain' };
const described = new Map([
  ['213.24.76.23', '213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)'],
  ['198.51.100.7', '198.51.100.7 (AS64500 Example Hosting, US)'],
]);

describe('toAlertSentence', () => {
  it.each([
    [
      'the Carbanak move',
      set(['198.51.100.7']),
      set(['213.24.76.23']),
      'systemsvc.net now resolves to 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network) instead of 198.51.100.7 (AS64500 Example Hosting, US).',
    ],
    [
      'a takedown',
      set(['213.24.76.23']),
      nx,
      'systemsvc.net no longer exists (NXDOMAIN); it pointed to 213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network).',
    ],
    [
      'a registration',
      nx,
      set(['192.0.2.1']),
      'systemsvc.net now resolves to 192.0.2.1; it did not exist before (NXDOMAIN).',
    ],
    [
      'a name-server change',
      set(['192.0.2.1']),
      set(['192.0.2.1'], { NS: ['ns.sinkhole.example'] }),
      'systemsvc.net is now served by name servers ns.sinkhole.example instead of ns1.example.',
    ],
    [
      'an alias',
      set([]),
      set([], { CNAME: ['cdn.example'] }),
      'systemsvc.net now resolves to an alias of cdn.example instead of no address (name servers ns1.example).',
    ],
    [
      'many addresses',
      set(['192.0.2.1']),
      set(['192.0.2.2', '192.0.2.3', '192.0.2.4', '192.0.2.5', '192.0.2.6']),
      'systemsvc.net now resolves to 192.0.2.2, 192.0.2.3, 192.0.2.4 and 2 more instead of 192.0.2.1.',
    ],
  ])('%s', (_name, from, to, sentence) => {
    expect(toAlertSentence('systemsvc.net', { from, to }, described)).toBe(sentence);
  });
});
