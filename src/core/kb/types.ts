/** Shapes of the knowledge base: indicators, sightings, relations, reports, enrichment, tracking. */
import { IocType } from '../ioc/types.js';
import type { HistoryObservation, WatchState } from '../track/types.js';
import type { ResolutionRow } from '../track/to-cof.js';

export type { ResolutionRow };

/** Indicator vocabulary: the extractor's types (an extracted indicator is stored as it is). */
export const IndicatorType = IocType;
export type IndicatorType = IocType;

/** An indicator by its natural key; the store normalises `value` before using it. */
export interface IndicatorRef {
  readonly type: IndicatorType;
  readonly value: string;
}

export interface Indicator {
  readonly id: number;
  readonly type: IndicatorType;
  readonly value: string;
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
}

export interface SightingInput extends IndicatorRef {
  readonly source: string;
  readonly seenAtMs: number;
}

export interface Sighting {
  readonly source: string;
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
  readonly count: number;
}

export interface RelationInput {
  readonly from: IndicatorRef;
  readonly to: IndicatorRef;
  /** STIX relationship words: `resolves-to`, `belongs-to`, `related-to`, `contained-in`. */
  readonly kind: string;
  readonly source: string;
  readonly seenAtMs: number;
}

export interface Relation {
  readonly from: IndicatorRef;
  readonly to: IndicatorRef;
  readonly kind: string;
  readonly source: string;
  readonly firstSeenMs: number;
  readonly lastSeenMs: number;
}

export interface ReportInput {
  /** Derived from the content hash by the service: re-ingesting the same report changes nothing. */
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly content: string;
  readonly ingestedAtMs: number;
  readonly indicators: readonly IndicatorRef[];
  /** Stated relations, written in the report's transaction (source: the report's source). */
  readonly relations?: readonly RelationInput[];
  /** Readable without an API key (the community side). Default false. */
  readonly published?: boolean;
  /** Labels given to the report and to each of its indicators. */
  readonly tags?: readonly string[];
  /**
   * The relations as the text states them, with their evidence, kept with the report so reading
   * it does not extract the text again. Opaque to the store (a JSON document).
   */
  readonly statedRelations?: JsonValue;
}

/** A report without its content: what listings show. */
export interface ReportSummary {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly ingestedAtMs: number;
  readonly published: boolean;
  readonly tags: readonly string[];
  readonly indicatorCount: number;
}

export interface ReportQuery {
  /** Only published (true) or only unpublished (false) reports; all when absent. */
  readonly published?: boolean;
  /** Reports ingested strictly before this time (keyset paging, newest first). */
  readonly beforeMs?: number;
  readonly limit: number;
}

export interface IndicatorQuery {
  /** Substring of the normalised value (case-insensitive). */
  readonly value?: string;
  readonly type?: IndicatorType;
  readonly tag?: string;
  /** Last seen at or after. */
  readonly sinceMs?: number;
  /** First seen at or before. */
  readonly untilMs?: number;
  readonly limit: number;
}

export interface Report {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly content: string;
  readonly ingestedAtMs: number;
  readonly indicators: readonly IndicatorRef[];
  /** What ReportInput.statedRelations held; null for a report saved without them. */
  readonly statedRelations: JsonValue | null;
}

/** JSON as it round-trips through a JSON column. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue };

export interface EnrichmentInput {
  readonly indicator: IndicatorRef;
  /** What produced it: `dns`, `asn`, `rdap`, `classification`… */
  readonly kind: string;
  readonly observedAtMs: number;
  readonly data: JsonValue;
}

export interface EnrichmentRecord extends EnrichmentInput {}

export interface WatchEntry {
  readonly domain: string;
  readonly intervalSeconds: number;
  readonly webhookUrl: string | null;
  readonly addedAtMs: number;
  readonly nextDueAtMs: number;
  readonly lastPolledAtMs: number | null;
  readonly state: WatchState | null;
}

export interface WatchInput {
  readonly domain: string;
  readonly intervalSeconds: number;
  readonly webhookUrl: string | null;
  readonly addedAtMs: number;
}

export interface AlertInput {
  /** Idempotency key: one alert per (domain, change). */
  readonly key: string;
  readonly domain: string;
  readonly createdAtMs: number;
  readonly sentence: string;
  readonly payload: JsonValue;
}

export interface Alert extends AlertInput {
  readonly id: number;
}

/** One domain's share of a tracking round, written atomically with the others of its batch. */
export interface RoundWrite {
  readonly domain: string;
  readonly observedAtMs: number;
  readonly history: readonly HistoryObservation[];
  /** The state after this poll; null keeps the stored one (nothing resolved yet). */
  readonly state: WatchState | null;
  readonly nextDueAtMs: number;
  readonly alert: AlertInput | null;
  /** Webhook URLs the alert must reach (an outbox row each, only if the alert is new). */
  readonly deliverTo: readonly string[];
}

export interface OutboxItem {
  readonly id: number;
  readonly alertId: number;
  readonly url: string;
  readonly payload: JsonValue;
  readonly attempts: number;
  readonly nextAttemptAtMs: number;
}

export type NoteTarget = { readonly kind: 'report' | 'indicator'; readonly id: string };

export interface NoteInput {
  readonly target: NoteTarget;
  readonly author: string;
  readonly text: string;
  readonly createdAtMs: number;
}

export interface Note extends NoteInput {
  readonly id: number;
}

export interface VoteTally {
  readonly up: number;
  readonly down: number;
}

export const ApiKeyRole = ['reader', 'analyst', 'admin'] as const;
export type ApiKeyRole = (typeof ApiKeyRole)[number];

export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly role: ApiKeyRole;
  /** A hash of the key (never the key itself). */
  readonly keyHash: string;
  readonly createdAtMs: number;
  readonly revokedAtMs: number | null;
}
