/**
 * New alerts for live subscribers (the SSE stream): one shared poller reads the alerts stored since
 * its cursor, whoever wrote them (this process or `tocsin watch run` elsewhere), and hands each new
 * one to every subscriber. It runs only while someone listens: a thousand listeners cost one
 * query per interval.
 */
import type { AlertStore } from '../core/kb/ports.js';
import type { Alert } from '../core/kb/types.js';

export interface AlertFeed {
  /**
   * Calls `listener` with each alert stored from now on; resolves (to the unsubscribe function)
   * once "now" is pinned, so an alert stored after that is delivered.
   */
  subscribe(listener: (alert: Alert) => void): Promise<() => void>;
  /** Subscribers right now. */
  size(): number;
  /** Stops polling for good (shutdown). */
  close(): void;
}

export interface AlertFeedDeps {
  readonly store: Pick<AlertStore, 'listAlerts'>;
  readonly now: () => number;
  readonly pollMs: number;
  readonly onError: (e: unknown) => void;
}

const PAGE = 1000;
/** An alert carries its poll's time, written a little later: look back this far for new ids. */
const LOOKBACK_MS = 10 * 60_000;

/** Creates the feed; nothing runs until the first subscriber. */
export function createAlertFeed(deps: AlertFeedDeps): AlertFeed {
  const listeners = new Set<(alert: Alert) => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  // Alert ids only grow: the cursor is the highest id seen. null until the baseline is read.
  let maxId: number | null = null;

  const poll = async (): Promise<void> => {
    const alerts = await deps.store.listAlerts({
      sinceMs: deps.now() - LOOKBACK_MS,
      limit: PAGE,
    });
    const baseline = maxId === null;
    let top = maxId ?? 0;
    for (const a of alerts) {
      if (a.id <= top && !baseline) continue;
      if (a.id > top) top = a.id;
      if (!baseline) for (const l of listeners) l(a);
    }
    maxId = top;
  };
  const schedule = (delayMs: number): void => {
    if (closed || listeners.size === 0) {
      timer = null;
      maxId = null;
      return;
    }
    timer = setTimeout(() => {
      poll().then(
        () => schedule(deps.pollMs),
        (e: unknown) => {
          deps.onError(e);
          schedule(deps.pollMs);
        },
      );
    }, delayMs);
    timer.unref();
  };
  let baseline: Promise<void> | null = null;
  return {
    async subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = () => {
        listeners.delete(listener);
      };
      if (closed) return unsubscribe;
      // The first subscriber starts the poller; its first read pins the cursor (nothing delivered).
      if (timer === null && baseline === null) {
        baseline = poll().finally(() => {
          baseline = null;
          schedule(deps.pollMs);
        });
      }
      await baseline;
      return unsubscribe;
    },
    size: () => listeners.size,
    close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
