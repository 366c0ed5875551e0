/**
 * Reports: a document (text, HTML or PDF) in, its indicators and stated relations extracted by the
 * IOC service, all written in one store transaction under an id derived from the content (posting
 * the same report twice changes nothing). Listing, reading and publishing. Ports only.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ReportStore } from '../core/kb/ports.js';
import type {
  IndicatorRef,
  RelationInput,
  Report,
  ReportQuery,
  ReportSummary,
} from '../core/kb/types.js';
import type { PdfTextPort } from '../core/ioc/ports.js';
import { IocType, type Relation as ExtractedRelation, RelationType } from '../core/ioc/types.js';
import { AppError } from '../core/shared/app-error.js';
import { detectContent, type IocService } from './ioc.js';

export interface ReportSubmission {
  /** The document as sent: text, HTML or PDF bytes. */
  readonly bytes: Uint8Array;
  readonly title?: string;
  readonly source: string;
  readonly published: boolean;
  readonly tags: readonly string[];
}

export interface ReportIngestion {
  readonly created: boolean;
  readonly report: ReportSummary;
  readonly indicators: readonly IndicatorRef[];
  readonly relations: readonly RelationInput[];
}

export interface ReportsService {
  /** Extracts and stores a report in one transaction; throws AppError for unreadable input. */
  ingest(submission: ReportSubmission): Promise<ReportIngestion>;
  /** A report with the relations its text states, with their evidence. */
  get(id: string): Promise<
    | (Omit<Report, 'statedRelations'> & {
        readonly summary: ReportSummary;
        readonly relations: readonly ExtractedRelation[];
      })
    | null
  >;
  list(query: ReportQuery): Promise<readonly ReportSummary[]>;
  setPublished(id: string, published: boolean): Promise<boolean>;
}

const MAX_TITLE_CHARS = 200;

/** The first non-blank line, trimmed to a title's length. */
function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? '';
  const t = line.trim();
  return t.length === 0 ? '(untitled)' : t.slice(0, MAX_TITLE_CHARS);
}

/** `report--` and the SHA-256 of the content: the same document always gets the same id. */
export function toReportId(bytes: Uint8Array): string {
  return `report--${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}`;
}

const IocRefSchema = z.object({ type: z.enum(IocType), value: z.string() });
/** The stated relations as ingest() stores them with the report. */
const StatedRelations = z.array(
  z.object({
    source: IocRefSchema,
    type: z.enum(RelationType),
    target: IocRefSchema,
    evidence: z.string(),
  }),
);

/** Creates the reports service. */
export function createReportsService(deps: {
  readonly store: ReportStore;
  readonly ioc: IocService;
  readonly pdf: PdfTextPort;
  readonly maxInputBytes: number;
  readonly now: () => number;
}): ReportsService {
  return {
    async ingest(s) {
      if (s.bytes.length > deps.maxInputBytes) {
        throw new AppError('IOC_INPUT_TOO_LARGE', `report is ${s.bytes.length} bytes`, {
          details: { bytes: s.bytes.length, maxBytes: deps.maxInputBytes },
        });
      }
      // The stored content is the text the indicators were read from (HTML and PDF converted).
      const content = detectContent(s.bytes);
      const text = content.type === 'pdf' ? await deps.pdf.toText(s.bytes) : content.text;
      const extraction = deps.ioc.extractText(text);
      const id = toReportId(s.bytes);
      const nowMs = deps.now();
      const seen = new Set<string>();
      const indicators: IndicatorRef[] = [];
      for (const i of extraction.iocs) {
        const k = `${i.type}\u0000${i.value}`;
        if (seen.has(k)) continue;
        seen.add(k);
        indicators.push({ type: i.type, value: i.value });
      }
      const relations: RelationInput[] = extraction.relations.map((r) => ({
        from: r.source,
        to: r.target,
        kind: r.type,
        source: s.source,
        seenAtMs: nowMs,
      }));
      const { created } = await deps.store.saveReport({
        id,
        title: s.title ?? titleOf(text),
        source: s.source,
        content: text,
        ingestedAtMs: nowMs,
        indicators,
        relations,
        published: s.published,
        tags: s.tags,
        statedRelations: extraction.relations,
      });
      const report = await deps.store.getReportSummary(id);
      // saveReport committed (or found) it just above: absent means the store lost it.
      if (report === null) throw new AppError('INTERNAL', `report ${id} vanished after saving`);
      return { created, report, indicators, relations };
    },
    async get(id) {
      const [report, summary] = await Promise.all([
        deps.store.getReport(id),
        deps.store.getReportSummary(id),
      ]);
      if (report === null || summary === null) return null;
      // The relations this report states, with their evidence, as stored with it at ingestion; a
      // report stored before they were kept (or with a shape this version does not read) has its
      // text read again.
      const stored = StatedRelations.safeParse(report.statedRelations);
      const relations = stored.success
        ? stored.data
        : deps.ioc.extractText(report.content).relations;
      const { statedRelations: _, ...rest } = report;
      return { ...rest, summary, relations };
    },
    list: (q) => deps.store.listReports(q),
    setPublished: (id, published) => deps.store.setReportPublished(id, published),
  };
}
