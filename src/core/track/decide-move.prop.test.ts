import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { toAnswerSetKey } from './answer-set.js';
import { decideMove } from './decide-move.js';
import type { Observation, QueryOutcome, WatchState } from './types.js';
import { defaultMovePolicy } from './types.js';

const arbIp = fc.constantFrom('192.0.2.1', '192.0.2.2', '198.51.100.7', '213.24.76.23');
const arbOutcome: fc.Arbitrary<QueryOutcome> = fc.oneof(
  fc
    .uniqueArray(arbIp, { minLength: 1, maxLength: 3 })
    .map((rdata) => ({ kind: 'records' as const, rdata })),
  fc.constant({ kind: 'nodata' as const }),
  fc.constant({ kind: 'nxdomain' as const }),
  fc.constant({ kind: 'servfail' as const }),
  fc.constant({ kind: 'timeout' as const }),
);
const arbObs: fc.Arbitrary<Observation> = fc.record({
  A: arbOutcome,
  AAAA: arbOutcome,
  CNAME: arbOutcome,
  NS: arbOutcome,
});

let moves = 0;
test.prop([fc.array(fc.tuple(arbObs, fc.integer({ min: 1, max: 3_600_000 })), { maxLength: 40 })])(
  'never throws; alerts at most once per distinct answer set per window; keys never repeat',
  (steps) => {
    let state: WatchState | null = null;
    let now = 0;
    const keys = new Set<string>();
    const alertedSets = new Map<string, number>();
    for (const [obs, dt] of steps) {
      now += dt;
      const d = decideMove('c2.example', state, obs, { nowMs: now, policy: defaultMovePolicy });
      if (d.kind === 'move') {
        moves++;
        expect(keys.has(d.move.key)).toBe(false);
        keys.add(d.move.key);
        const setKey = toAnswerSetKey(d.move.to);
        const last = alertedSets.get(setKey);
        if (last !== undefined) expect(now - last).toBeGreaterThan(defaultMovePolicy.flapWindowMs);
        alertedSets.set(setKey, now);
        expect(toAnswerSetKey(d.move.from)).not.toBe(setKey);
      }
      if (d.next !== null) state = d.next;
      expect(state?.recent.length ?? 0).toBeLessThanOrEqual(defaultMovePolicy.maxRecent);
    }
  },
);

test('the generator reaches moves', () => {
  expect(moves).toBeGreaterThan(50);
});
