/**
 * Tracking use cases: keep the watch list, poll due domains (bounded concurrency, a timeout per
 * domain), record history + state + alert + outbox in one transaction per batch, and deliver
 * alerts to webhooks with retries. Depends on ports only (core/kb, core/track), never on adapters.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AlertStore, WatchStore } from '../core/kb/ports.js';
import type { Alert, JsonValue, ResolutionRow, RoundWrite, WatchEntry } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import { err, ok, type Result } from '../core/shared/result.js';
import { toAlertSentence } from '../core/track/alert-sentence.js';
import { addressesOf, toHistoryObservations } from '../core/track/answer-set.js';
import { decideMove } from '../core/track/decide-move.js';
import { parseWatchDomain } from '../core/track/parse-watch-domain.js';
import type { TargetDescriberPort, TrackResolverPort, WebhookPort } from '../core/track/ports.js';
import { defaultRetryPolicy, type RetryPolicy, toRetryDelayMs } from '../core/track/retry-delay.js';
import {
  type AnswerSet,
  defaultMovePolicy,
  type Move,
  type MovePolicy,
} from '../core/track/types.js';

export interface TrackOptions {
  /** Domains polled at once (each asks several types at once: keep resolvers' UDP queues sane). */
  readonly concurrency: number;
  /** Budget for one domain's four queries. */
  readonly queryTimeoutMs: number;
  /** Domains per write transaction. */
  readonly batchSize: number;
  readonly movePolicy: MovePolicy;
  readonly retryPolicy: RetryPolicy;
  readonly webhookTimeoutMs: number;
  /** Addresses described per side of an alert (the rest are named only). */
  readonly maxDescribed: number;
}

export const defaultTrackOptions: TrackOptions = Object.freeze({
  concurrency: 16,
  queryTimeoutMs: 5000,
  batchSize: 200,
  movePolicy: defaultMovePolicy,
  retryPolicy: defaultRetryPolicy,
  webhookTimeoutMs: 10_000,
  maxDescribed: 3,
});

export interface TrackDeps {
  readonly store: WatchStore & AlertStore;
  readonly resolver: TrackResolverPort;
  readonly describer: TargetDescriberPort;
  readonly webhook: WebhookPort;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  readonly now: () => number;
  readonly options?: Partial<TrackOptions>;
}

export interface RoundSummary {
  readonly polled: number;
  readonly historyRows: number;
  readonly moves: number;
  readonly suppressed: number;
  readonly alertsCreated: number;
}

export interface DeliverySummary {
  readonly delivered: number;
  readonly retrying: number;
  readonly abandoned: number;
}

export interface TrackService {
  /** Validates each entry; good ones are added even when others are rejected. */
  addWatches(
    entries: readonly string[],
    opts: { readonly intervalSeconds: number; readonly webhookUrl: string | null },
  ): Promise<{ readonly added: readonly string[]; readonly rejected: readonly AppError[] }>;
  removeWatches(entries: readonly string[]): Promise<number>;
  listWatches(): Promise<readonly WatchEntry[]>;
  /** Polls the due domains (or all with `all`) once. */
  runRound(opts?: { readonly all?: boolean }): Promise<RoundSummary>;
  /** Attempts the outbox rows that are due. */
  deliverDue(): Promise<DeliverySummary>;
  /** Round + deliveries until `signal` aborts; with `once`, one full round then drain the outbox. */
  runWatcher(opts: {
    readonly once: boolean;
    readonly signal: AbortSignal;
    readonly drainMs?: number;
  }): Promise<void>;
  history(domain: string): Promise<readonly ResolutionRow[]>;
  alerts(opts: { readonly sinceMs?: number }): Promise<readonly Alert[]>;
}

/** Accepts only absolute http(s) URLs (loopback included: the operator chose it). */
export function parseWebhookUrl(input: string): Result<string> {
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return err(new AppError('TRACK_WEBHOOK_INVALID', 'webhook is not a URL'));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return err(new AppError('TRACK_WEBHOOK_INVALID', `webhook must be http(s), not ${u.protocol}`));
  }
  return ok(u.toString());
}

/** Builds the tracking service over its ports. */
export function createTrackService(deps: TrackDeps): TrackService {
  const o: TrackOptions = { ...defaultTrackOptions, ...deps.options };
  const { store, logger } = deps;

  const describe = async (set: AnswerSet): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    for (const ip of addressesOf(set).slice(0, o.maxDescribed)) {
      try {
        out.set(ip, await deps.describer.describeTarget(ip));
      } catch (e) {
        // An alert without a description beats no alert; the address is still named.
        logger.warn(
          { ip, code: e instanceof AppError ? e.code : 'INTERNAL' },
          'target not described',
        );
      }
    }
    return out;
  };

  const toAlert = async (move: Move) => {
    const [before, after] = await Promise.all([describe(move.from), describe(move.to)]);
    const described = new Map([...before, ...after]);
    const sentence = toAlertSentence(move.domain, move, described);
    const payload = {
      type: 'tocsin.track.move',
      key: createHash('sha256').update(move.key).digest('hex'),
      domain: move.domain,
      observedAt: new Date(move.observedAtMs).toISOString(),
      sentence,
      from: move.from,
      to: move.to,
      targets: [...after].map(([ip, description]) => ({ ip, description })),
    } satisfies Record<string, JsonValue>;
    return {
      key: payload.key,
      domain: move.domain,
      createdAtMs: move.observedAtMs,
      sentence,
      payload,
    };
  };

  const pollOne = async (w: WatchEntry): Promise<{ write: RoundWrite; kind: string }> => {
    const obs = await deps.resolver.resolveTracked(w.domain, {
      signal: AbortSignal.timeout(o.queryTimeoutMs),
    });
    const nowMs = deps.now();
    const d = decideMove(w.domain, w.state, obs, { nowMs, policy: o.movePolicy });
    const alert = d.kind === 'move' ? await toAlert(d.move) : null;
    const write: RoundWrite = {
      domain: w.domain,
      observedAtMs: nowMs,
      history: toHistoryObservations(obs),
      state: d.next,
      nextDueAtMs: nowMs + w.intervalSeconds * 1000,
      alert,
      deliverTo: alert !== null && w.webhookUrl !== null ? [w.webhookUrl] : [],
    };
    return { write, kind: d.kind };
  };

  const runRound = async (opts: { readonly all?: boolean } = {}): Promise<RoundSummary> => {
    const due = opts.all ? await store.listWatches() : await store.dueWatches(deps.now(), 100_000);
    let next = 0;
    let pending: RoundWrite[] = [];
    let flushing: Promise<void> = Promise.resolve();
    const sum = { polled: 0, historyRows: 0, moves: 0, suppressed: 0, alertsCreated: 0 };
    const flush = (): Promise<void> => {
      const batch = pending;
      pending = [];
      // Transactions stay in order: a batch waits for the previous one.
      flushing = flushing.then(async () => {
        if (batch.length === 0) return;
        const ids = await store.recordRound(batch);
        batch.forEach((w, i) => {
          sum.historyRows += w.history.length;
          const id = ids[i];
          if (id === null || id === undefined || w.alert === null) return;
          sum.alertsCreated++;
          logger.info(
            { alertId: id, domain: w.domain, sentence: w.alert.sentence },
            'c2 domain moved',
          );
        });
      });
      return flushing;
    };
    const worker = async (): Promise<void> => {
      while (next < due.length) {
        const w = due[next++];
        if (w === undefined) break;
        const { write, kind } = await pollOne(w);
        sum.polled++;
        if (kind === 'move') sum.moves++;
        if (kind === 'suppressed') sum.suppressed++;
        pending.push(write);
        if (pending.length >= o.batchSize) await flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(o.concurrency, due.length) }, worker));
    await flush();
    return sum;
  };

  const deliverDue = async (): Promise<DeliverySummary> => {
    const items = await store.dueOutbox(deps.now(), 100);
    const sum = { delivered: 0, retrying: 0, abandoned: 0 };
    for (const item of items) {
      const r = await deps.webhook.postJson(item.url, item.payload, {
        timeoutMs: o.webhookTimeoutMs,
      });
      if (r.ok) {
        await store.markDelivered(item.id, deps.now());
        sum.delivered++;
        continue;
      }
      const failed = item.attempts + 1;
      const host = new URL(item.url).host;
      if (failed >= o.retryPolicy.maxAttempts) {
        await store.markFailed(item.id, { error: r.error, nextAttemptAtMs: null });
        logger.error(
          { alertId: item.alertId, host, attempts: failed, reason: r.error },
          'webhook abandoned',
        );
        sum.abandoned++;
      } else {
        const nextAttemptAtMs = deps.now() + toRetryDelayMs(failed, o.retryPolicy);
        await store.markFailed(item.id, { error: r.error, nextAttemptAtMs });
        logger.warn(
          { alertId: item.alertId, host, attempts: failed, reason: r.error },
          'webhook failed, will retry',
        );
        sum.retrying++;
      }
    }
    return sum;
  };

  const pause = (ms: number, signal: AbortSignal): Promise<void> =>
    sleep(ms, undefined, { signal }).catch(() => undefined); // an abort ends the pause, not the loop body

  return {
    async addWatches(entries, opts) {
      const added: string[] = [];
      const rejected: AppError[] = [];
      if (opts.webhookUrl !== null) {
        const u = parseWebhookUrl(opts.webhookUrl);
        if (!u.ok) throw u.error;
      }
      for (const e of entries) {
        const r = parseWatchDomain(e);
        if (r.ok) added.push(r.value);
        else rejected.push(r.error);
      }
      const unique = [...new Set(added)];
      const addedAtMs = deps.now();
      await store.addWatches(
        unique.map((domain) => ({
          domain,
          intervalSeconds: opts.intervalSeconds,
          webhookUrl: opts.webhookUrl,
          addedAtMs,
        })),
      );
      return { added: unique, rejected };
    },
    async removeWatches(entries) {
      const domains = entries
        .map((e) => parseWatchDomain(e))
        .flatMap((r) => (r.ok ? [r.value] : []));
      return store.removeWatches(domains);
    },
    listWatches: () => store.listWatches(),
    runRound,
    deliverDue,
    async runWatcher({ once, signal, drainMs = 60_000 }) {
      if (once) {
        const s = await runRound({ all: true });
        logger.info(s, 'round done');
        const deadline = deps.now() + drainMs;
        while (!signal.aborted && (await store.countPendingOutbox()) > 0 && deps.now() < deadline) {
          await deliverDue();
          await pause(Math.min(250, o.retryPolicy.baseMs), signal);
        }
        return;
      }
      while (!signal.aborted) {
        const s = await runRound();
        if (s.polled > 0) logger.info(s, 'round done');
        await deliverDue();
        await pause(1000, signal);
      }
    },
    history: async (domain) => {
      const r = parseWatchDomain(domain);
      if (!r.ok) throw r.error;
      return store.listHistory(r.value);
    },
    alerts: (opts) => store.listAlerts(opts.sinceMs === undefined ? {} : { sinceMs: opts.sinceMs }),
  };
}
