/**
 * Indicators in the knowledge base: search, the full picture of one (sightings, relations, tags,
 * latest enrichment, reports that name it, resolution history of a watched domain), and
 * enrichment stored as it is made. Ports only.
 */
import type { KbStore } from '../core/kb/ports.js';
import type {
  EnrichmentRecord,
  Indicator,
  IndicatorQuery,
  IndicatorRef,
  JsonValue,
  Relation,
  ReportSummary,
  ResolutionRow,
  Sighting,
} from '../core/kb/types.js';
import { normalizeIndicator } from '../core/kb/normalize-indicator.js';
import type { Enrichment } from '../core/enrich/types.js';
import type { Result } from '../core/shared/result.js';
import type { EnrichService } from './enrich.js';

export interface IndicatorDetail {
  readonly indicator: Indicator;
  readonly tags: readonly string[];
  readonly sightings: readonly Sighting[];
  readonly relations: readonly Relation[];
  readonly enrichments: readonly EnrichmentRecord[];
  readonly reports: readonly ReportSummary[];
  /** DNS history while the domain was watched (empty for other types). */
  readonly resolutions: readonly ResolutionRow[];
}

export interface IndicatorsService {
  search(query: IndicatorQuery): Promise<readonly Indicator[]>;
  /** Null when the store does not know the indicator. */
  detail(ref: IndicatorRef): Promise<IndicatorDetail | null>;
  /** Enriches (offline: shipped tables only) and stores the record on the indicator. */
  enrich(indicator: string, opts: { readonly offline: boolean }): Promise<Result<Enrichment>>;
}

/** Enrichment records are plain JSON (strings, numbers, arrays, objects, null). */
function toJson(e: Enrichment): JsonValue {
  return JSON.parse(JSON.stringify(e)) as JsonValue; // a JSON round trip yields JSON by definition
}

/** Creates the indicators service. */
export function createIndicatorsService(deps: {
  readonly store: KbStore;
  readonly enrich: EnrichService;
  readonly now: () => number;
}): IndicatorsService {
  const { store } = deps;
  return {
    search: (q) => store.searchIndicators(q),
    async detail(ref) {
      const n = normalizeIndicator(ref);
      const indicator = await store.getIndicator(n);
      if (indicator === null) return null;
      const [tags, sightings, relations, enrichments, reports, resolutions] = await Promise.all([
        store.listIndicatorTags(n),
        store.listSightings(n),
        store.listRelations(n),
        store.latestEnrichments(n),
        store.listReportsOf(n, 50),
        n.type === 'domain' ? store.listHistory(n.value) : Promise.resolve([]),
      ]);
      return { indicator, tags, sightings, relations, enrichments, reports, resolutions };
    },
    async enrich(indicator, opts) {
      const r = await deps.enrich.enrich(indicator, { offline: opts.offline });
      if (!r.ok) return r;
      await store.saveEnrichment({
        indicator: { type: r.value.type, value: r.value.indicator },
        kind: opts.offline ? 'enrichment-offline' : 'enrichment',
        observedAtMs: deps.now(),
        data: toJson(r.value),
      });
      return r;
    },
  };
}
