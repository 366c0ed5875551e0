/**
 * Knowledge-base tables over a SqlDriver (SQLite or PostgreSQL): indicators, sightings, relations,
 * reports, enrichment, notes and votes, API keys. Tracking tables are in sql-track-store.ts.
 */
import { z } from 'zod';
import { normalizeIndicator } from '../../core/kb/normalize-indicator.js';
import type {
  ApiKeyStore,
  EnrichmentStore,
  IndicatorStore,
  NoteStore,
  ReportStore,
} from '../../core/kb/ports.js';
import {
  ApiKeyRole,
  IndicatorType,
  type Indicator,
  type IndicatorRef,
  type Note,
  type NoteTarget,
  type ReportInput,
  type ReportSummary,
} from '../../core/kb/types.js';
import { JsonValueSchema, parseJsonColumn, parseRow } from './rows.js';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.js';

const ms = z.coerce.number().int();
const IndicatorRow = z.object({
  id: z.coerce.number().int(),
  type: z.enum(IndicatorType),
  value: z.string(),
  first_seen_ms: ms,
  last_seen_ms: ms,
});
const ApiKeyRow = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ApiKeyRole),
  key_hash: z.string(),
  created_at_ms: ms,
  revoked_at_ms: ms.nullable(),
});
const NoteRow = z.object({
  id: z.coerce.number().int(),
  target_kind: z.enum(['report', 'indicator']),
  target_id: z.string(),
  author: z.string(),
  text: z.string(),
  created_at_ms: ms,
});

const UPSERT_INDICATOR = `INSERT INTO indicators (type, value, first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?)
ON CONFLICT (type, value) DO UPDATE SET
  first_seen_ms = CASE WHEN excluded.first_seen_ms < indicators.first_seen_ms THEN excluded.first_seen_ms ELSE indicators.first_seen_ms END,
  last_seen_ms = CASE WHEN excluded.last_seen_ms > indicators.last_seen_ms THEN excluded.last_seen_ms ELSE indicators.last_seen_ms END
RETURNING id`;

const UPSERT_SIGHTING = `INSERT INTO sightings (indicator_id, source, first_seen_ms, last_seen_ms, count) VALUES (?, ?, ?, ?, 1)
ON CONFLICT (indicator_id, source) DO UPDATE SET
  first_seen_ms = CASE WHEN excluded.first_seen_ms < sightings.first_seen_ms THEN excluded.first_seen_ms ELSE sightings.first_seen_ms END,
  last_seen_ms = CASE WHEN excluded.last_seen_ms > sightings.last_seen_ms THEN excluded.last_seen_ms ELSE sightings.last_seen_ms END,
  count = sightings.count + 1`;

const UPSERT_RELATION = `INSERT INTO relations (from_id, to_id, kind, source, first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (from_id, to_id, kind, source) DO UPDATE SET
  first_seen_ms = CASE WHEN excluded.first_seen_ms < relations.first_seen_ms THEN excluded.first_seen_ms ELSE relations.first_seen_ms END,
  last_seen_ms = CASE WHEN excluded.last_seen_ms > relations.last_seen_ms THEN excluded.last_seen_ms ELSE relations.last_seen_ms END`;

async function upsertOne(tx: SqlExecutor, ref: IndicatorRef, seenAtMs: number): Promise<number> {
  const n = normalizeIndicator(ref);
  const row = await tx.get(UPSERT_INDICATOR, [n.type, n.value, seenAtMs, seenAtMs]);
  return Number(row?.['id']);
}

/** The published flag, report tags and relations of a new report (inside its transaction). */
async function writeReportExtras(tx: SqlExecutor, report: ReportInput): Promise<void> {
  if (report.published === true)
    await tx.run('UPDATE reports SET published = 1 WHERE id = ?', [report.id]);
  for (const tag of report.tags ?? []) {
    await tx.run(
      'INSERT INTO report_tags (report_id, tag) VALUES (?, ?) ON CONFLICT (report_id, tag) DO NOTHING',
      [report.id, tag],
    );
  }
  for (const rel of report.relations ?? []) {
    const from = await upsertOne(tx, rel.from, rel.seenAtMs);
    const to = await upsertOne(tx, rel.to, rel.seenAtMs);
    await tx.run(UPSERT_RELATION, [from, to, rel.kind, rel.source, rel.seenAtMs, rel.seenAtMs]);
  }
}

const REPORT_SUMMARY = `SELECT r.id, r.title, r.source, r.ingested_at_ms, r.published,
  (SELECT COUNT(*) FROM report_indicators ri WHERE ri.report_id = r.id) AS indicator_count
  FROM reports r`;
const ReportSummaryRow = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  ingested_at_ms: ms,
  published: z.coerce.number().int(),
  indicator_count: z.coerce.number().int(),
});

/** Escapes LIKE wildcards; the pattern uses ESCAPE '!'. */
function likeContains(s: string): string {
  return `%${s.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export type SqlKbStore = IndicatorStore & ReportStore & EnrichmentStore & NoteStore & ApiKeyStore;

/** The knowledge-base half of the store on `db`. */
export function createSqlKbStore(db: SqlDriver): SqlKbStore {
  const json = (expr: string, alias: string): string =>
    db.dialect === 'postgres' ? `${expr}::text AS ${alias}` : `${expr} AS ${alias}`;
  const indicatorId = async (ref: IndicatorRef): Promise<number | null> => {
    const n = normalizeIndicator(ref);
    const row = await db.get('SELECT id FROM indicators WHERE type = ? AND value = ?', [
      n.type,
      n.value,
    ]);
    return row === undefined ? null : Number(row['id']);
  };
  const toRef = (r: unknown): IndicatorRef => {
    const p = parseRow(
      z.object({ type: z.enum(IndicatorType), value: z.string() }),
      r,
      'indicators',
    );
    return { type: p.type, value: p.value };
  };
  const toIndicator = (row: unknown): Indicator => {
    const r = parseRow(IndicatorRow, row, 'indicators');
    return {
      id: r.id,
      type: r.type,
      value: r.value,
      firstSeenMs: r.first_seen_ms,
      lastSeenMs: r.last_seen_ms,
    };
  };
  const summaries = async (sql: string, params: readonly SqlValue[]): Promise<ReportSummary[]> => {
    const out: ReportSummary[] = [];
    for (const row of await db.all(sql, params)) {
      const r = parseRow(ReportSummaryRow, row, 'reports');
      const tags = await db.all('SELECT tag FROM report_tags WHERE report_id = ? ORDER BY tag', [
        r.id,
      ]);
      out.push({
        id: r.id,
        title: r.title,
        source: r.source,
        ingestedAtMs: r.ingested_at_ms,
        published: r.published !== 0,
        tags: tags.map((t) => String(t['tag'])),
        indicatorCount: r.indicator_count,
      });
    }
    return out;
  };
  return {
    async searchIndicators(q) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (q.type !== undefined) {
        where.push('i.type = ?');
        params.push(q.type);
      }
      if (q.value !== undefined && q.value !== '') {
        where.push("LOWER(i.value) LIKE ? ESCAPE '!'");
        params.push(likeContains(q.value));
      }
      if (q.tag !== undefined) {
        where.push(
          'EXISTS (SELECT 1 FROM indicator_tags t WHERE t.indicator_id = i.id AND t.tag = ?)',
        );
        params.push(q.tag);
      }
      if (q.sinceMs !== undefined) {
        where.push('i.last_seen_ms >= ?');
        params.push(q.sinceMs);
      }
      if (q.untilMs !== undefined) {
        where.push('i.first_seen_ms <= ?');
        params.push(q.untilMs);
      }
      const rows = await db.all(
        `SELECT i.* FROM indicators i ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY i.last_seen_ms DESC, i.id DESC LIMIT ?`,
        [...params, q.limit],
      );
      return rows.map(toIndicator);
    },
    async listIndicatorTags(ref) {
      const id = await indicatorId(ref);
      if (id === null) return [];
      const rows = await db.all(
        'SELECT tag FROM indicator_tags WHERE indicator_id = ? ORDER BY tag',
        [id],
      );
      return rows.map((r) => String(r['tag']));
    },
    async getReportSummary(id) {
      const [s] = await summaries(`${REPORT_SUMMARY} WHERE r.id = ?`, [id]);
      return s ?? null;
    },
    listReports(q) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (q.published !== undefined) {
        where.push('r.published = ?');
        params.push(q.published ? 1 : 0);
      }
      if (q.beforeMs !== undefined) {
        where.push('r.ingested_at_ms < ?');
        params.push(q.beforeMs);
      }
      return summaries(
        `${REPORT_SUMMARY} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY r.ingested_at_ms DESC, r.id LIMIT ?`,
        [...params, q.limit],
      );
    },
    async setReportPublished(id, published) {
      return (
        (await db.run('UPDATE reports SET published = ? WHERE id = ?', [published ? 1 : 0, id])) > 0
      );
    },
    async listReportsOf(ref, limit) {
      const id = await indicatorId(ref);
      if (id === null) return [];
      return summaries(
        `${REPORT_SUMMARY} WHERE r.id IN (SELECT report_id FROM report_indicators WHERE indicator_id = ?)
         ORDER BY r.ingested_at_ms DESC, r.id LIMIT ?`,
        [id, limit],
      );
    },
    upsertIndicators: (refs, seenAtMs) =>
      db.transaction(async (tx) => {
        const ids: number[] = [];
        for (const ref of refs) ids.push(await upsertOne(tx, ref, seenAtMs));
        return ids;
      }),
    async getIndicator(ref) {
      const n = normalizeIndicator(ref);
      const row = await db.get('SELECT * FROM indicators WHERE type = ? AND value = ?', [
        n.type,
        n.value,
      ]);
      if (row === undefined) return null;
      const r = parseRow(IndicatorRow, row, 'indicators');
      return {
        id: r.id,
        type: r.type,
        value: r.value,
        firstSeenMs: r.first_seen_ms,
        lastSeenMs: r.last_seen_ms,
      };
    },
    recordSightings: (sightings) =>
      db.transaction(async (tx) => {
        for (const s of sightings) {
          const id = await upsertOne(tx, s, s.seenAtMs);
          await tx.run(UPSERT_SIGHTING, [id, s.source, s.seenAtMs, s.seenAtMs]);
        }
      }),
    async listSightings(ref) {
      const id = await indicatorId(ref);
      if (id === null) return [];
      const rows = await db.all(
        'SELECT source, first_seen_ms, last_seen_ms, count FROM sightings WHERE indicator_id = ? ORDER BY source',
        [id],
      );
      const S = z.object({ source: z.string(), first_seen_ms: ms, last_seen_ms: ms, count: ms });
      return rows.map((row) => {
        const r = parseRow(S, row, 'sightings');
        return {
          source: r.source,
          firstSeenMs: r.first_seen_ms,
          lastSeenMs: r.last_seen_ms,
          count: r.count,
        };
      });
    },
    addRelations: (relations) =>
      db.transaction(async (tx) => {
        for (const rel of relations) {
          const from = await upsertOne(tx, rel.from, rel.seenAtMs);
          const to = await upsertOne(tx, rel.to, rel.seenAtMs);
          await tx.run(UPSERT_RELATION, [
            from,
            to,
            rel.kind,
            rel.source,
            rel.seenAtMs,
            rel.seenAtMs,
          ]);
        }
      }),
    async listRelations(ref) {
      const id = await indicatorId(ref);
      if (id === null) return [];
      const rows = await db.all(
        `SELECT f.type AS from_type, f.value AS from_value, t.type AS to_type, t.value AS to_value,
                r.kind, r.source, r.first_seen_ms, r.last_seen_ms
         FROM relations r JOIN indicators f ON f.id = r.from_id JOIN indicators t ON t.id = r.to_id
         WHERE r.from_id = ? OR r.to_id = ? ORDER BY r.kind, f.value, t.value, r.source`,
        [id, id],
      );
      return rows.map((row) => {
        const r = parseRow(
          z.object({
            from_type: z.enum(IndicatorType),
            from_value: z.string(),
            to_type: z.enum(IndicatorType),
            to_value: z.string(),
            kind: z.string(),
            source: z.string(),
            first_seen_ms: ms,
            last_seen_ms: ms,
          }),
          row,
          'relations',
        );
        return {
          from: { type: r.from_type, value: r.from_value },
          to: { type: r.to_type, value: r.to_value },
          kind: r.kind,
          source: r.source,
          firstSeenMs: r.first_seen_ms,
          lastSeenMs: r.last_seen_ms,
        };
      });
    },
    async countIndicators() {
      return Number((await db.get('SELECT COUNT(*) AS n FROM indicators'))?.['n'] ?? 0);
    },
    saveReport: (report) =>
      db.transaction(async (tx) => {
        const inserted = await tx.run(
          'INSERT INTO reports (id, title, source, content, ingested_at_ms, stated_relations) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
          [
            report.id,
            report.title,
            report.source,
            report.content,
            report.ingestedAtMs,
            report.statedRelations === undefined ? null : JSON.stringify(report.statedRelations),
          ],
        );
        if (inserted === 0) return { created: false };
        let position = 0;
        const tags = report.tags ?? [];
        for (const ref of report.indicators) {
          const id = await upsertOne(tx, ref, report.ingestedAtMs);
          await tx.run(
            'INSERT INTO report_indicators (report_id, indicator_id, position) VALUES (?, ?, ?) ON CONFLICT (report_id, indicator_id) DO NOTHING',
            [report.id, id, position++],
          );
          if (report.relations === undefined) continue;
          // Reports ingested with their relations (the HTTP API) also count as sightings.
          await tx.run(UPSERT_SIGHTING, [
            id,
            report.source,
            report.ingestedAtMs,
            report.ingestedAtMs,
          ]);
          for (const tag of tags) {
            await tx.run(
              'INSERT INTO indicator_tags (indicator_id, tag) VALUES (?, ?) ON CONFLICT (indicator_id, tag) DO NOTHING',
              [id, tag],
            );
          }
        }
        await writeReportExtras(tx, report);
        return { created: true };
      }),
    async getReport(id) {
      const row = await db.get('SELECT * FROM reports WHERE id = ?', [id]);
      if (row === undefined) return null;
      const r = parseRow(
        z.object({
          id: z.string(),
          title: z.string(),
          source: z.string(),
          content: z.string(),
          ingested_at_ms: ms,
          stated_relations: z.string().nullable(),
        }),
        row,
        'reports',
      );
      const refs = await db.all(
        'SELECT i.type, i.value FROM report_indicators ri JOIN indicators i ON i.id = ri.indicator_id WHERE ri.report_id = ? ORDER BY ri.position',
        [id],
      );
      return {
        id: r.id,
        title: r.title,
        source: r.source,
        content: r.content,
        ingestedAtMs: r.ingested_at_ms,
        indicators: refs.map(toRef),
        statedRelations:
          r.stated_relations === null
            ? null
            : parseJsonColumn(JsonValueSchema, r.stated_relations, 'reports'),
      };
    },
    saveEnrichment: (record) =>
      db.transaction(async (tx) => {
        const id = await upsertOne(tx, record.indicator, record.observedAtMs);
        await tx.run(
          'INSERT INTO enrichments (indicator_id, kind, observed_at_ms, data) VALUES (?, ?, ?, ?)',
          [id, record.kind, record.observedAtMs, JSON.stringify(record.data)],
        );
      }),
    async latestEnrichments(ref) {
      const id = await indicatorId(ref);
      if (id === null) return [];
      const rows = await db.all(
        `SELECT e.kind, e.observed_at_ms, ${json('e.data', 'data')} FROM enrichments e
         WHERE e.indicator_id = ? AND e.observed_at_ms = (
           SELECT MAX(x.observed_at_ms) FROM enrichments x WHERE x.indicator_id = e.indicator_id AND x.kind = e.kind)
         ORDER BY e.kind, e.id DESC`,
        [id],
      );
      const seen = new Set<string>();
      const out = [];
      for (const row of rows) {
        const r = parseRow(
          z.object({ kind: z.string(), observed_at_ms: ms, data: z.string() }),
          row,
          'enrichments',
        );
        if (seen.has(r.kind)) continue;
        seen.add(r.kind);
        const n = normalizeIndicator(ref);
        out.push({
          indicator: n,
          kind: r.kind,
          observedAtMs: r.observed_at_ms,
          data: parseJsonColumn(JsonValueSchema, r.data, 'enrichments'),
        });
      }
      return out;
    },
    async addNote(note) {
      const row = await db.get(
        'INSERT INTO notes (target_kind, target_id, author, text, created_at_ms) VALUES (?, ?, ?, ?, ?) RETURNING id',
        [note.target.kind, note.target.id, note.author, note.text, note.createdAtMs],
      );
      return { ...note, id: Number(row?.['id']) };
    },
    async listNotes(target) {
      const rows = await db.all(
        'SELECT * FROM notes WHERE target_kind = ? AND target_id = ? ORDER BY created_at_ms, id',
        [target.kind, target.id],
      );
      return rows.map((row): Note => {
        const r = parseRow(NoteRow, row, 'notes');
        const t: NoteTarget = { kind: r.target_kind, id: r.target_id };
        return {
          id: r.id,
          target: t,
          author: r.author,
          text: r.text,
          createdAtMs: r.created_at_ms,
        };
      });
    },
    async vote(target, voter, value) {
      await db.run(
        `INSERT INTO votes (target_kind, target_id, voter, value) VALUES (?, ?, ?, ?)
         ON CONFLICT (target_kind, target_id, voter) DO UPDATE SET value = excluded.value`,
        [target.kind, target.id, voter, value],
      );
    },
    async tallyVotes(target) {
      const row = await db.get(
        `SELECT COALESCE(SUM(CASE WHEN value > 0 THEN 1 ELSE 0 END), 0) AS up,
                COALESCE(SUM(CASE WHEN value < 0 THEN 1 ELSE 0 END), 0) AS down
         FROM votes WHERE target_kind = ? AND target_id = ?`,
        [target.kind, target.id],
      );
      return { up: Number(row?.['up'] ?? 0), down: Number(row?.['down'] ?? 0) };
    },
    async saveApiKey(key) {
      await db.run(
        'INSERT INTO api_keys (id, name, role, key_hash, created_at_ms, revoked_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
        [key.id, key.name, key.role, key.keyHash, key.createdAtMs, key.revokedAtMs],
      );
    },
    async findApiKeyByHash(keyHash) {
      const row = await db.get('SELECT * FROM api_keys WHERE key_hash = ?', [keyHash]);
      return row === undefined ? null : toApiKey(row);
    },
    async listApiKeys() {
      return (await db.all('SELECT * FROM api_keys ORDER BY created_at_ms, id')).map(toApiKey);
    },
    async revokeApiKey(id, atMs) {
      const n = await db.run(
        'UPDATE api_keys SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL',
        [atMs, id],
      );
      return n > 0;
    },
  };
}

function toApiKey(row: unknown) {
  const r = parseRow(ApiKeyRow, row, 'api_keys');
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    keyHash: r.key_hash,
    createdAtMs: r.created_at_ms,
    revokedAtMs: r.revoked_at_ms,
  };
}
