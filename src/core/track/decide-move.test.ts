import { describe, expect, it } from 'vitest';
import { decideMove } from './decide-move.js';
import type { Observation, QueryOutcome, WatchState } from './types.js';
import { defaultMovePolicy } from './types.js';

const rec = (...rdata: string[]): QueryOutcome => ({ kind: 'records', rdata });
const nodata: QueryOutcome = { kind: 'nodata' };
const nx: QueryOutcome = { kind: 'nxdomain' };
const fail: QueryOutcome = { kind: 'servfail' };
const timeout: QueryOutcome = { kind: 'timeout' };
const obs = (a: QueryOutcome, over: Partial<Observation> = {}): Observation => ({
  A: a,
  AAAA: nodata,
  CNAME: nodata,
  NS: rec('ns1.example.'),
  ...over,
});
const opts = (nowMs: number) => ({ nowMs, policy: defaultMovePolicy });
const H = 3_600_000;

function poll(prev: WatchState | null, o: Observation, nowMs: number) {
  return decideMove('systemsvc.net', prev, o, opts(nowMs));
}

describe('decideMove', () => {
  it('takes the first answer as the baseline, without alert', () => {
    const d = poll(null, obs(rec('198.51.100.7')), 0);
    expect(d.kind).toBe('baseline');
    expect(d.next?.current).toEqual({
      kind: 'records',
      A: ['198.51.100.7'],
      AAAA: [],
      CNAME: [],
      NS: ['ns1.example'],
    });
  });

  it('raises a move when the address changes, with a key stable across a replay', () => {
    const base = poll(null, obs(rec('198.51.100.7')), 0).next;
    const d1 = poll(base, obs(rec('213.24.76.23')), H);
    const d2 = poll(base, obs(rec('213.24.76.23')), H + 5);
    expect(d1.kind).toBe('move');
    if (d1.kind !== 'move' || d2.kind !== 'move') throw new Error('expected moves');
    expect(d1.move.key).toBe(d2.move.key);
    expect(d1.move.from).toMatchObject({ A: ['198.51.100.7'] });
    expect(d1.move.to).toMatchObject({ A: ['213.24.76.23'] });
    expect(d1.next.changes).toBe(1);
  });

  it.each([
    [
      'same answers in another order and case',
      obs(rec('10.0.0.2', '10.0.0.1'), { NS: rec('NS1.EXAMPLE') }),
      'unchanged',
    ],
    ['a SERVFAIL on A keeps the old A', obs(fail), 'unchanged'],
    [
      'a timeout on every type',
      obs(timeout, { AAAA: timeout, CNAME: timeout, NS: timeout }),
      'unchanged',
    ],
    ['NXDOMAIN everywhere', obs(nx, { AAAA: nx, CNAME: nx, NS: nx }), 'move'],
    ['a new address', obs(rec('10.0.0.3')), 'move'],
    [
      'a new name server only',
      obs(rec('10.0.0.1', '10.0.0.2'), { NS: rec('ns.sinkhole.example') }),
      'move',
    ],
  ])('after 10.0.0.1+2: %s -> %s', (_name, o, kind) => {
    const base = poll(null, obs(rec('10.0.0.1', '10.0.0.2')), 0).next;
    expect(poll(base, o, H).kind).toBe(kind);
  });

  it('leaves a domain unresolved when nothing answered and nothing is known', () => {
    const d = poll(null, obs(fail, { AAAA: timeout, CNAME: fail, NS: fail }), 0);
    expect(d).toEqual({ kind: 'unresolved', next: null });
  });

  it('does not flood: a domain flapping between two sets alerts once per window', () => {
    let state = poll(null, obs(rec('10.0.0.1')), 0).next;
    const kinds: string[] = [];
    for (let i = 1; i <= 20; i++) {
      const d = poll(state, obs(rec(i % 2 === 1 ? '10.0.0.2' : '10.0.0.1')), i * 10 * 60_000);
      kinds.push(d.kind);
      state = d.next;
    }
    expect(kinds.filter((k) => k === 'move')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'suppressed')).toHaveLength(19);
  });

  it('alerts again on a return after the flap window', () => {
    const a = poll(null, obs(rec('10.0.0.1')), 0).next;
    const b = poll(a, obs(rec('10.0.0.2')), H).next;
    expect(poll(b, obs(rec('10.0.0.1')), H + defaultMovePolicy.flapWindowMs + 1).kind).toBe('move');
    expect(poll(b, obs(rec('10.0.0.1')), 2 * H).kind).toBe('suppressed');
  });
});
