/**
 * The knowledge-base port: one async store interface, implemented on SQLite (embedded default) and
 * PostgreSQL by adapters/store. Services depend on this, never on an adapter. Every batch method
 * writes in one transaction.
 */
import type {
  Alert,
  AlertInput,
  ApiKeyRecord,
  EnrichmentInput,
  EnrichmentRecord,
  Indicator,
  IndicatorRef,
  Note,
  NoteInput,
  NoteTarget,
  IndicatorQuery,
  OutboxItem,
  Relation,
  RelationInput,
  Report,
  ReportInput,
  ReportQuery,
  ReportSummary,
  ResolutionRow,
  RoundWrite,
  Sighting,
  SightingInput,
  VoteTally,
  WatchEntry,
  WatchInput,
} from './types.js';

export interface IndicatorStore {
  /** Inserts or refreshes indicators; returns their ids in input order. */
  upsertIndicators(refs: readonly IndicatorRef[], seenAtMs: number): Promise<readonly number[]>;
  getIndicator(ref: IndicatorRef): Promise<Indicator | null>;
  /** Records sightings (creating indicators as needed): per (indicator, source) first/last/count. */
  recordSightings(sightings: readonly SightingInput[]): Promise<void>;
  listSightings(ref: IndicatorRef): Promise<readonly Sighting[]>;
  addRelations(relations: readonly RelationInput[]): Promise<void>;
  /** Relations from or to the indicator. */
  listRelations(ref: IndicatorRef): Promise<readonly Relation[]>;
  countIndicators(): Promise<number>;
  /** Indicators matching every given filter, most recently seen first. */
  searchIndicators(query: IndicatorQuery): Promise<readonly Indicator[]>;
  /** Tags of an indicator (from the reports that named it). */
  listIndicatorTags(ref: IndicatorRef): Promise<readonly string[]>;
}

export interface ReportStore {
  /** Saves a report and its indicators; `created` is false when the id already existed. */
  saveReport(report: ReportInput): Promise<{ readonly created: boolean }>;
  getReport(id: string): Promise<Report | null>;
  getReportSummary(id: string): Promise<ReportSummary | null>;
  /** Newest first. */
  listReports(query: ReportQuery): Promise<readonly ReportSummary[]>;
  /** Sets the published flag; false when no such report. */
  setReportPublished(id: string, published: boolean): Promise<boolean>;
  /** Summaries of the reports that name the indicator, newest first. */
  listReportsOf(ref: IndicatorRef, limit: number): Promise<readonly ReportSummary[]>;
}

export interface EnrichmentStore {
  saveEnrichment(record: EnrichmentInput): Promise<void>;
  /** The latest record of each kind for the indicator. */
  latestEnrichments(ref: IndicatorRef): Promise<readonly EnrichmentRecord[]>;
}

export interface WatchStore {
  /** Adds or updates (interval, webhook) watch entries; existing state and history are kept. */
  addWatches(entries: readonly WatchInput[]): Promise<void>;
  /** Removes entries; returns how many existed. History is kept. */
  removeWatches(domains: readonly string[]): Promise<number>;
  listWatches(): Promise<readonly WatchEntry[]>;
  getWatch(domain: string): Promise<WatchEntry | null>;
  /** Entries whose next poll is due at `nowMs`, soonest first. */
  dueWatches(nowMs: number, limit: number): Promise<readonly WatchEntry[]>;
  /**
   * Writes a batch of polls in one transaction: history rows, new state, next due time, the alert
   * (ignored if its key exists) and its outbox rows (only for a new alert). Returns, per write, the
   * id of the alert it created, or null (no alert, or its key already existed).
   */
  recordRound(writes: readonly RoundWrite[]): Promise<readonly (number | null)[]>;
  listHistory(domain: string): Promise<readonly ResolutionRow[]>;
  countHistory(): Promise<number>;
}

export interface AlertStore {
  /** Saves an alert unless its key exists; returns its id either way. */
  saveAlert(alert: AlertInput): Promise<number>;
  listAlerts(opts: {
    readonly sinceMs?: number;
    readonly limit?: number;
  }): Promise<readonly Alert[]>;
  /** Outbox rows due at `nowMs`, oldest first. */
  dueOutbox(nowMs: number, limit: number): Promise<readonly OutboxItem[]>;
  markDelivered(id: number, atMs: number): Promise<void>;
  /** Records a failed attempt; `nextAttemptAtMs` null abandons the delivery. */
  markFailed(
    id: number,
    failure: { readonly error: string; readonly nextAttemptAtMs: number | null },
  ): Promise<void>;
  /** Undelivered, not abandoned outbox rows. */
  countPendingOutbox(): Promise<number>;
}

export interface NoteStore {
  addNote(note: NoteInput): Promise<Note>;
  listNotes(target: NoteTarget): Promise<readonly Note[]>;
  /** One vote per voter and target; voting again replaces the earlier vote. */
  vote(target: NoteTarget, voter: string, value: 1 | -1): Promise<void>;
  tallyVotes(target: NoteTarget): Promise<VoteTally>;
}

export interface ApiKeyStore {
  saveApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKeyByHash(keyHash: string): Promise<ApiKeyRecord | null>;
  listApiKeys(): Promise<readonly ApiKeyRecord[]>;
  revokeApiKey(id: string, atMs: number): Promise<boolean>;
}

/** The whole knowledge base. `close` releases the file or the connection pool. */
export interface KbStore
  extends IndicatorStore,
    ReportStore,
    EnrichmentStore,
    WatchStore,
    AlertStore,
    NoteStore,
    ApiKeyStore {
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}
