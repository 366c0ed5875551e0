/**
 * Move detection: compares a poll with the remembered state of a domain and decides whether the
 * answer set changed and whether that change deserves an alert. Pure: the time comes in.
 *
 * Anti-flapping rule: a change to an answer set the domain already had within `flapWindowMs`
 * (default 6 h) is recorded (history, state) but raises no alert. A domain flapping between A and
 * B therefore raises one alert (A -> B) per window, not one per poll.
 */
import { toAnswerSet, toAnswerSetKey } from './answer-set.js';
import type { AnswerSet, Move, MovePolicy, Observation, RecentSet, WatchState } from './types.js';

export type Decision =
  /** First answer set ever seen: the baseline, no alert. */
  | { readonly kind: 'baseline'; readonly next: WatchState }
  | { readonly kind: 'unchanged'; readonly next: WatchState }
  | { readonly kind: 'move'; readonly next: WatchState; readonly move: Move }
  /** Changed back to a recently seen set: recorded, not alerted. */
  | {
      readonly kind: 'suppressed';
      readonly next: WatchState;
      readonly from: AnswerSet;
      readonly to: AnswerSet;
    }
  /** Every query failed and there is no earlier state: nothing to compare yet. */
  | { readonly kind: 'unresolved'; readonly next: null };

/** Decides what a poll of `domain` at `nowMs` means, given the state remembered before it. */
export function decideMove(
  domain: string,
  prev: WatchState | null,
  obs: Observation,
  opts: { readonly nowMs: number; readonly policy: MovePolicy },
): Decision {
  const { nowMs, policy } = opts;
  const set = toAnswerSet(obs, prev?.current ?? null);
  if (set === null) return { kind: 'unresolved', next: null };
  const key = toAnswerSetKey(set);
  if (prev === null) {
    const next = { current: set, sinceMs: nowMs, changes: 0, recent: [{ key, lastSeenMs: nowMs }] };
    return { kind: 'baseline', next };
  }
  const prevKey = toAnswerSetKey(prev.current);
  if (key === prevKey) {
    return { kind: 'unchanged', next: { ...prev, recent: touch(prev.recent, key, nowMs, policy) } };
  }
  const seenRecently = prev.recent.some(
    (r) => r.key === key && nowMs - r.lastSeenMs <= policy.flapWindowMs,
  );
  const next: WatchState = {
    current: set,
    sinceMs: nowMs,
    changes: prev.changes + 1,
    recent: touch(touch(prev.recent, prevKey, nowMs, policy), key, nowMs, policy),
  };
  if (seenRecently) return { kind: 'suppressed', next, from: prev.current, to: set };
  const move: Move = {
    domain,
    from: prev.current,
    to: set,
    key: toMoveKey(domain, next.changes, prevKey, key),
    observedAtMs: nowMs,
  };
  return { kind: 'move', next, move };
}

/**
 * The idempotency key of a move: domain, the change counter and both sets. A watcher killed before
 * its round committed sees the same previous state again and derives the same key.
 */
export function toMoveKey(domain: string, change: number, fromKey: string, toKey: string): string {
  return `${domain}#${change}:${fromKey}>${toKey}`;
}

function touch(
  recent: readonly RecentSet[],
  key: string,
  nowMs: number,
  policy: MovePolicy,
): readonly RecentSet[] {
  const rest = recent.filter((r) => r.key !== key && nowMs - r.lastSeenMs <= policy.flapWindowMs);
  return [{ key, lastSeenMs: nowMs }, ...rest].slice(0, policy.maxRecent);
}
