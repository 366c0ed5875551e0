/**
 * The API answers the UI reads, as it needs them: loose objects (new fields are fine), only the
 * fields rendered, optional where the server may leave them out.
 */
import * as z from 'zod/mini';
import { listOf } from './api.js';

const Span = z.tuple([z.number(), z.number()]);

export const Signal = z.looseObject({
  code: z.string(),
  weight: z.number(),
  evidence: z.string(),
  spans: z.array(Span),
});
export type Signal = z.infer<typeof Signal>;

export const VerdictKind = z.enum(['ham', 'spam', 'smishing']);
export type VerdictKind = z.infer<typeof VerdictKind>;

export const SmsVerdict = z.looseObject({
  id: z.optional(z.nullable(z.string())),
  verdict: VerdictKind,
  score: z.number(),
  brand: z.nullable(z.string()),
  lure: z.nullable(z.string()),
  urls: z.array(z.string()),
  signals: z.array(Signal),
});
export type SmsVerdict = z.infer<typeof SmsVerdict>;

const IocRef = z.looseObject({ type: z.string(), value: z.string() });
export type IocRef = z.infer<typeof IocRef>;

export const Ioc = z.looseObject({
  type: z.string(),
  value: z.string(),
  raw: z.optional(z.string()),
  offset: z.optional(z.number()),
});
export type Ioc = z.infer<typeof Ioc>;

export const Relation = z.looseObject({
  source: IocRef,
  type: z.string(),
  target: IocRef,
  evidence: z.optional(z.string()),
});
export type Relation = z.infer<typeof Relation>;

export const Extraction = z.looseObject({
  iocs: z.array(Ioc),
  relations: z.optional(z.array(Relation)),
});
export type Extraction = z.infer<typeof Extraction>;

const AsnInfo = z.looseObject({
  asn: z.number(),
  name: z.string(),
  prefix: z.optional(z.string()),
  source: z.optional(z.string()),
});
export type AsnInfo = z.infer<typeof AsnInfo>;

export const Classification = z.looseObject({
  kind: z.string(),
  label: z.string(),
  subject: z.optional(z.string()),
  evidence: z.optional(z.string()),
  source: z.optional(z.string()),
});
export type Classification = z.infer<typeof Classification>;

const AddressEnrichment = z.looseObject({
  address: z.string(),
  asn: z.optional(z.nullable(AsnInfo)),
  country: z.optional(z.nullable(z.string())),
  classifications: z.optional(z.array(Classification)),
});
export type AddressEnrichment = z.infer<typeof AddressEnrichment>;

const Rdap = z.looseObject({
  status: z.string(),
  url: z.optional(z.nullable(z.string())),
  reason: z.optional(z.string()),
  record: z.optional(z.unknown()),
});

export const Enrichment = z.looseObject({
  indicator: z.string(),
  type: z.optional(z.string()),
  enrichedAt: z.optional(z.string()),
  asn: z.optional(z.nullable(AsnInfo)),
  country: z.optional(z.nullable(z.string())),
  rdap: z.optional(Rdap),
  addresses: z.optional(z.array(AddressEnrichment)),
  classifications: z.optional(z.array(Classification)),
});
export type Enrichment = z.infer<typeof Enrichment>;

export const Sighting = z.looseObject({
  source: z.string(),
  firstSeenMs: z.optional(z.number()),
  lastSeenMs: z.optional(z.number()),
  count: z.optional(z.number()),
});
export type Sighting = z.infer<typeof Sighting>;

export const ResolutionRow = z.looseObject({
  rrtype: z.optional(z.string()),
  rdata: z.optional(z.string()),
  state: z.optional(z.string()),
  firstSeenMs: z.optional(z.number()),
  lastSeenMs: z.optional(z.number()),
  count: z.optional(z.number()),
});
export type ResolutionRow = z.infer<typeof ResolutionRow>;
export const History = listOf(ResolutionRow, 'history');

export const IndicatorDetail = z.looseObject({
  type: z.optional(z.string()),
  value: z.optional(z.string()),
  firstSeenMs: z.optional(z.number()),
  lastSeenMs: z.optional(z.number()),
  tags: z.optional(z.array(z.string())),
  sightings: z.optional(z.array(Sighting)),
  relations: z.optional(z.array(z.unknown())),
  reports: z.optional(
    z.array(z.looseObject({ id: z.string(), title: z.optional(z.nullable(z.string())) })),
  ),
  history: z.optional(z.array(ResolutionRow)),
});
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;

export const Watch = z.looseObject({
  domain: z.string(),
  intervalSeconds: z.optional(z.number()),
  lastPolledAtMs: z.optional(z.nullable(z.number())),
  addedAtMs: z.optional(z.number()),
});
export type Watch = z.infer<typeof Watch>;
export const Watches = listOf(Watch, 'watches');

export const Alert = z.looseObject({
  id: z.optional(z.union([z.number(), z.string()])),
  domain: z.optional(z.string()),
  createdAtMs: z.optional(z.number()),
  sentence: z.string(),
});
export type Alert = z.infer<typeof Alert>;
export const Alerts = listOf(Alert, 'alerts');

export const Note = z.looseObject({
  id: z.optional(z.union([z.number(), z.string()])),
  author: z.optional(z.string()),
  text: z.string(),
  createdAtMs: z.optional(z.number()),
});
export type Note = z.infer<typeof Note>;
export const Notes = listOf(Note, 'notes');

export const VoteTally = z.looseObject({ up: z.number(), down: z.number() });
export type VoteTally = z.infer<typeof VoteTally>;

export const Report = z.looseObject({
  id: z.string(),
  title: z.optional(z.nullable(z.string())),
  source: z.optional(z.nullable(z.string())),
  content: z.optional(z.string()),
  url: z.optional(z.nullable(z.string())),
  ingestedAtMs: z.optional(z.number()),
  published: z.optional(z.boolean()),
  tags: z.optional(z.array(z.string())),
  /** In list summaries, in place of `indicators`. */
  indicatorCount: z.optional(z.number()),
  indicators: z.optional(z.array(IocRef)),
  relations: z.optional(z.array(z.unknown())),
  notes: z.optional(z.array(Note)),
  votes: z.optional(VoteTally),
});
export type Report = z.infer<typeof Report>;
export const Reports = listOf(Report, 'reports');

/** `POST /v1/reports`: 201 (200 when the same content was already there). */
export const ReportIngestion = z.looseObject({
  created: z.optional(z.boolean()),
  report: z.looseObject({ id: z.string(), published: z.optional(z.boolean()) }),
});
export type ReportIngestion = z.infer<typeof ReportIngestion>;

/** `POST /v1/watches`: what was added and what was refused, with why. */
export const WatchesAdded = z.looseObject({
  added: z.optional(z.array(z.unknown())),
  rejected: z.optional(
    z.array(z.looseObject({ code: z.optional(z.string()), message: z.optional(z.string()) })),
  ),
});
export type WatchesAdded = z.infer<typeof WatchesAdded>;

/** Anything: for writes whose answer the UI does not read. */
export const Anything = z.unknown();
