/**
 * Tracking tables over a SqlDriver: watch entries, resolution history, alerts and the webhook
 * outbox. `recordRound` is the transaction boundary of a tracking round.
 */
import type { AlertStore, WatchStore } from '../../core/kb/ports.js';
import type { Alert, AlertInput, RoundWrite, WatchEntry } from '../../core/kb/types.js';
import {
  AlertRow,
  JsonValueSchema,
  OutboxRow,
  parseJsonColumn,
  parseRow,
  ResolutionRowSchema,
  WatchRow,
  WatchStateSchema,
} from './rows.js';
import type { SqlDriver, SqlExecutor } from './sql-driver.js';

const UPSERT_RESOLUTION = `INSERT INTO resolutions (domain, rrtype, state, rdata, first_seen_ms, last_seen_ms, count) VALUES (?, ?, ?, ?, ?, ?, 1)
ON CONFLICT (domain, rrtype, state, rdata) DO UPDATE SET
  first_seen_ms = CASE WHEN excluded.first_seen_ms < resolutions.first_seen_ms THEN excluded.first_seen_ms ELSE resolutions.first_seen_ms END,
  last_seen_ms = CASE WHEN excluded.last_seen_ms > resolutions.last_seen_ms THEN excluded.last_seen_ms ELSE resolutions.last_seen_ms END,
  count = resolutions.count + 1`;

const UPSERT_WATCH = `INSERT INTO watches (domain, interval_seconds, webhook_url, added_at_ms, next_due_at_ms) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (domain) DO UPDATE SET interval_seconds = excluded.interval_seconds, webhook_url = excluded.webhook_url`;

const INSERT_ALERT = `INSERT INTO alerts (key, domain, created_at_ms, sentence, payload) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (key) DO NOTHING RETURNING id`;

export type SqlTrackStore = WatchStore & AlertStore;

/** The tracking half of the store on `db`. */
export function createSqlTrackStore(db: SqlDriver): SqlTrackStore {
  const pg = db.dialect === 'postgres';
  const watchCols = `domain, interval_seconds, webhook_url, added_at_ms, next_due_at_ms, last_polled_at_ms, ${pg ? 'state::text AS state' : 'state'}`;
  const alertCols = `id, key, domain, created_at_ms, sentence, ${pg ? 'payload::text AS payload' : 'payload'}`;
  const insertAlert = async (tx: SqlExecutor, a: AlertInput): Promise<number | null> => {
    const row = await tx.get(INSERT_ALERT, [
      a.key,
      a.domain,
      a.createdAtMs,
      a.sentence,
      JSON.stringify(a.payload),
    ]);
    return row === undefined ? null : Number(row['id']);
  };
  const writeOne = async (tx: SqlExecutor, w: RoundWrite): Promise<number | null> => {
    for (const h of w.history) {
      await tx.run(UPSERT_RESOLUTION, [
        w.domain,
        h.rrtype,
        h.state,
        h.rdata,
        w.observedAtMs,
        w.observedAtMs,
      ]);
    }
    if (w.state === null) {
      await tx.run(
        'UPDATE watches SET next_due_at_ms = ?, last_polled_at_ms = ? WHERE domain = ?',
        [w.nextDueAtMs, w.observedAtMs, w.domain],
      );
    } else {
      await tx.run(
        'UPDATE watches SET next_due_at_ms = ?, last_polled_at_ms = ?, state = ? WHERE domain = ?',
        [w.nextDueAtMs, w.observedAtMs, JSON.stringify(w.state), w.domain],
      );
    }
    if (w.alert === null) return null;
    const alertId = await insertAlert(tx, w.alert);
    if (alertId === null) return null;
    for (const url of w.deliverTo) {
      await tx.run(
        'INSERT INTO outbox (alert_id, url, attempts, next_attempt_at_ms) VALUES (?, ?, 0, ?) ON CONFLICT (alert_id, url) DO NOTHING',
        [alertId, url, w.observedAtMs],
      );
    }
    return alertId;
  };
  return {
    addWatches: (entries) =>
      db.transaction(async (tx) => {
        for (const e of entries) {
          await tx.run(UPSERT_WATCH, [
            e.domain,
            e.intervalSeconds,
            e.webhookUrl,
            e.addedAtMs,
            e.addedAtMs,
          ]);
        }
      }),
    removeWatches: (domains) =>
      db.transaction(async (tx) => {
        let n = 0;
        for (const d of domains) n += await tx.run('DELETE FROM watches WHERE domain = ?', [d]);
        return n;
      }),
    async listWatches() {
      return (await db.all(`SELECT ${watchCols} FROM watches ORDER BY domain`)).map(toWatch);
    },
    async getWatch(domain) {
      const row = await db.get(`SELECT ${watchCols} FROM watches WHERE domain = ?`, [domain]);
      return row === undefined ? null : toWatch(row);
    },
    async dueWatches(nowMs, limit) {
      const rows = await db.all(
        `SELECT ${watchCols} FROM watches WHERE next_due_at_ms <= ? ORDER BY next_due_at_ms, domain LIMIT ?`,
        [nowMs, limit],
      );
      return rows.map(toWatch);
    },
    recordRound: (writes) =>
      db.transaction(async (tx) => {
        const created: (number | null)[] = [];
        for (const w of writes) created.push(await writeOne(tx, w));
        return created;
      }),
    async listHistory(domain) {
      const rows = await db.all(
        'SELECT * FROM resolutions WHERE domain = ? ORDER BY first_seen_ms, rrtype, state, rdata',
        [domain],
      );
      return rows.map((row) => {
        const r = parseRow(ResolutionRowSchema, row, 'resolutions');
        return {
          domain: r.domain,
          rrtype: r.rrtype,
          rdata: r.rdata,
          state: r.state,
          firstSeenMs: r.first_seen_ms,
          lastSeenMs: r.last_seen_ms,
          count: r.count,
        };
      });
    },
    async countHistory() {
      return Number((await db.get('SELECT COUNT(*) AS n FROM resolutions'))?.['n'] ?? 0);
    },
    saveAlert: (alert) =>
      db.transaction(async (tx) => {
        const id = await insertAlert(tx, alert);
        if (id !== null) return id;
        return Number((await tx.get('SELECT id FROM alerts WHERE key = ?', [alert.key]))?.['id']);
      }),
    async listAlerts(opts) {
      const rows = await db.all(
        `SELECT ${alertCols} FROM alerts WHERE created_at_ms >= ? ORDER BY created_at_ms, id LIMIT ?`,
        [opts.sinceMs ?? 0, opts.limit ?? 1000],
      );
      return rows.map(toAlert);
    },
    async dueOutbox(nowMs, limit) {
      const rows = await db.all(
        `SELECT o.id, o.alert_id, o.url, o.attempts, o.next_attempt_at_ms, ${pg ? 'a.payload::text' : 'a.payload'} AS payload
         FROM outbox o JOIN alerts a ON a.id = o.alert_id
         WHERE o.delivered_at_ms IS NULL AND o.next_attempt_at_ms IS NOT NULL AND o.next_attempt_at_ms <= ?
         ORDER BY o.next_attempt_at_ms, o.id LIMIT ?`,
        [nowMs, limit],
      );
      return rows.map((row) => {
        const r = parseRow(OutboxRow, row, 'outbox');
        return {
          id: r.id,
          alertId: r.alert_id,
          url: r.url,
          attempts: r.attempts,
          nextAttemptAtMs: r.next_attempt_at_ms,
          payload: parseJsonColumn(JsonValueSchema, r.payload, 'alerts'),
        };
      });
    },
    async markDelivered(id, atMs) {
      await db.run(
        'UPDATE outbox SET delivered_at_ms = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?',
        [atMs, id],
      );
    },
    async markFailed(id, failure) {
      await db.run(
        'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at_ms = ? WHERE id = ?',
        [failure.error.slice(0, 500), failure.nextAttemptAtMs, id],
      );
    },
    async countPendingOutbox() {
      const row = await db.get(
        'SELECT COUNT(*) AS n FROM outbox WHERE delivered_at_ms IS NULL AND next_attempt_at_ms IS NOT NULL',
      );
      return Number(row?.['n'] ?? 0);
    },
  };
}

function toWatch(row: unknown): WatchEntry {
  const r = parseRow(WatchRow, row, 'watches');
  return {
    domain: r.domain,
    intervalSeconds: r.interval_seconds,
    webhookUrl: r.webhook_url,
    addedAtMs: r.added_at_ms,
    nextDueAtMs: r.next_due_at_ms,
    lastPolledAtMs: r.last_polled_at_ms,
    state: r.state === null ? null : parseJsonColumn(WatchStateSchema, r.state, 'watches'),
  };
}

function toAlert(row: unknown): Alert {
  const r = parseRow(AlertRow, row, 'alerts');
  return {
    id: r.id,
    key: r.key,
    domain: r.domain,
    createdAtMs: r.created_at_ms,
    sentence: r.sentence,
    payload: parseJsonColumn(JsonValueSchema, r.payload, 'alerts'),
  };
}
