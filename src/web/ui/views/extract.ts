/**
 * Analyst view: paste or upload a report (text, HTML, PDF), see its indicators as a table and as
 * a graph domain → address → AS → organisation, with the classifications enrichment gives.
 */
import { callApi } from '../api.js';
import { field, h, replaceChildren } from '../dom.js';
import type { AddressFacts } from '../graph-layout.js';
import { toGraphLayout } from '../graph-layout.js';
import { toGraphSvg } from '../graph-svg.js';
import {
  type Enrichment,
  Enrichment as EnrichmentSchema,
  type Extraction,
  Extraction as ExtractionSchema,
  ReportIngestion,
} from '../schemas.js';
import {
  failureText,
  page,
  routeHref,
  setStatus,
  statusLine,
  table,
  type View,
  type ViewContext,
} from '../view.js';

/** Addresses enriched per report: enough for a report's graph, bounded for the server's sake. */
const MAX_ENRICHED = 24;
const ENRICH_CONCURRENCY = 4;

interface Upload {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly contentType: string;
}

function isPdf(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(5, bytes.byteLength));
  return String.fromCharCode(...head) === '%PDF-';
}

/** The report form, its table, relations and graph. */
export function extractView(ctx: ViewContext): View {
  const { t } = ctx;
  const text = h('textarea', { id: 'report-text', name: 'text', rows: 8 });
  const file = h('input', {
    id: 'report-file',
    name: 'file',
    type: 'file',
    accept: '.txt,.md,.html,.htm,.pdf,text/plain,text/html,application/pdf',
  });
  const enrich = h('input', { id: 'report-enrich', type: 'checkbox', checked: true });
  const submit = h('button', { type: 'submit' }, t('extractSubmit'));
  const status = statusLine('extract-status');
  const result = h('div', { class: 'result', 'data-testid': 'extract-result' });
  let upload: Upload | null = null;

  file.addEventListener('change', () => {
    void readFile();
  });
  async function readFile(): Promise<void> {
    const f = file.files?.[0];
    if (!f) return;
    const bytes = await f.arrayBuffer();
    if (isPdf(bytes)) {
      upload = { name: f.name, bytes, contentType: 'application/pdf' };
      text.value = '';
    } else {
      upload = null;
      text.value = new TextDecoder().decode(bytes);
    }
    setStatus(status, t('fileRead', { name: f.name, bytes: bytes.byteLength }));
  }
  text.addEventListener('input', () => {
    upload = null;
  });

  const form = h(
    'form',
    { class: 'card', 'aria-label': t('extractTitle') },
    field(t('reportText'), text),
    field(t('reportFile'), file),
    h(
      'div',
      { class: 'field field-inline' },
      enrich,
      h('label', { for: enrich.id }, t('enrichToggle')),
    ),
    submit,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });

  async function run(): Promise<void> {
    submit.disabled = true;
    setStatus(status, t('loading'), 'busy');
    replaceChildren(result);
    const r = await callApi(
      upload
        ? { method: 'POST', path: '/v1/ioc/extract', raw: upload, schema: ExtractionSchema }
        : {
            method: 'POST',
            path: '/v1/ioc/extract',
            body: { text: text.value },
            schema: ExtractionSchema,
          },
    );
    if (!r.ok) {
      submit.disabled = false;
      setStatus(status, failureText(t, r.error), 'error');
      return;
    }
    const facts = enrich.checked
      ? await enrichAddresses(r.value)
      : { facts: new Map<string, AddressFacts>(), note: null };
    submit.disabled = false;
    setStatus(status, `${t('iocTable')}: ${r.value.iocs.length}`);
    replaceChildren(
      result,
      ...renderExtraction(ctx, r.value, facts.facts),
      facts.note,
      publishForm(ctx, upload ? { kind: 'upload', upload } : { kind: 'text', text: text.value }),
    );
  }

  return { el: page(t('extractTitle'), t('extractIntro'), form, status, result) };

  async function enrichAddresses(
    x: Extraction,
  ): Promise<{ facts: Map<string, AddressFacts>; note: HTMLElement | null }> {
    const addresses = [
      ...new Set(x.iocs.filter((i) => i.type === 'ipv4' || i.type === 'ipv6').map((i) => i.value)),
    ].slice(0, MAX_ENRICHED);
    const answers = await mapLimit(addresses, ENRICH_CONCURRENCY, (a) =>
      // Offline: the AS table and classification lists ship with the server, so a report's graph
      // costs no DNS or RDAP traffic; the indicator page does the full lookup.
      callApi({
        path: `/v1/enrich/${encodeURIComponent(a)}?offline=true`,
        schema: EnrichmentSchema,
      }),
    );
    const facts = new Map<string, AddressFacts>();
    let firstFailure: string | null = null;
    answers.forEach((ans, i) => {
      const address = addresses[i];
      if (address === undefined) return;
      if (ans.ok) facts.set(address, toFacts(ans.value));
      else firstFailure ??= failureText(t, ans.error);
    });
    const note = firstFailure
      ? h('p', { class: 'note', role: 'note' }, `${t('enrichment')}: ${firstFailure}`)
      : null;
    return { facts, note };
  }
}

function toFacts(e: Enrichment): AddressFacts {
  const asn = e.asn ?? e.addresses?.[0]?.asn ?? null;
  const labels = [
    ...(e.classifications ?? []),
    ...(e.addresses ?? []).flatMap((a) => a.classifications ?? []),
  ].map((c) => c.label);
  return {
    asn: asn ? { asn: asn.asn, name: asn.name } : null,
    classifications: [...new Set(labels)],
  };
}

async function mapLimit<A, B>(
  items: readonly A[],
  limit: number,
  fn: (a: A) => Promise<B>,
): Promise<B[]> {
  const out: B[] = new Array<B>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as A);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function renderExtraction(
  ctx: ViewContext,
  x: Extraction,
  facts: ReadonlyMap<string, AddressFacts>,
): HTMLElement[] {
  const { t } = ctx;
  const link = (type: string, value: string): HTMLElement =>
    h('a', { href: routeHref('indicators', type, value) }, value);
  const iocTable = table(
    t('iocTable'),
    [t('iocType'), t('iocValue'), t('iocRaw'), t('iocOffset')],
    x.iocs.map((i) => [i.type, link(i.type, i.value), i.raw ?? '', i.offset ?? '']),
    'ioc-table',
  );
  const relations = x.relations ?? [];
  const relTable = table(
    t('relations'),
    [t('iocValue'), t('relation'), t('iocValue'), t('signalEvidence')],
    relations.map((r) => [
      link(r.source.type, r.source.value),
      r.type,
      link(r.target.type, r.target.value),
      r.evidence ?? '',
    ]),
    'relation-table',
  );
  const layout = toGraphLayout({ iocs: x.iocs, relations, enrichments: facts });
  const titles = {
    domain: t('colDomain'),
    address: t('colAddress'),
    as: t('colAs'),
    org: t('colOrg'),
  };
  const graph = h(
    'figure',
    { class: 'card graph-card' },
    h('figcaption', {}, h('strong', {}, t('graph')), ' — ', t('graphDesc')),
    layout.nodes.length > 0
      ? // Focusable: a keyboard user can scroll the graph when it is wider than the screen.
        h(
          'div',
          { class: 'graph-scroll', tabindex: 0, role: 'region', 'aria-label': t('graph') },
          toGraphSvg(layout, titles, `${t('graph')}: ${t('graphDesc')}`),
        )
      : h('p', {}, t('graphEmpty')),
  );
  return [graph, h('div', { class: 'card' }, iocTable), h('div', { class: 'card' }, relTable)];
}

/** What the report form saves: the pasted text, or the uploaded file's bytes as they are. */
type ReportBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'upload'; readonly upload: Upload };

/** Saves the analysed text or file as a report (`POST /v1/reports`), published or not. */
function publishForm(ctx: ViewContext, doc: ReportBody): HTMLElement | null {
  const { t } = ctx;
  if (doc.kind === 'text' && doc.text.trim() === '') return null;
  const title = h('input', { id: 'publish-title', name: 'title', maxlength: 200 });
  const source = h('input', { id: 'publish-source', name: 'source', maxlength: 500 });
  const published = h('input', { id: 'publish-published', type: 'checkbox', checked: true });
  const status = statusLine('publish-status');
  const submit = h('button', { type: 'submit' }, t('publishSubmit'));
  const form = h(
    'form',
    { class: 'card', 'aria-label': t('publishSubmit'), 'data-testid': 'publish-form' },
    field(t('publishTitle'), title, t('publishTitleHint')),
    field(t('publishSource'), source),
    h(
      'div',
      { class: 'field field-inline' },
      published,
      h('label', { for: published.id }, t('publishPublished')),
    ),
    submit,
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      submit.disabled = true;
      const meta = {
        ...(title.value.trim() ? { title: title.value.trim() } : {}),
        ...(source.value.trim() ? { source: source.value.trim() } : {}),
        published: published.checked,
      };
      const r = await callApi(
        doc.kind === 'text'
          ? {
              method: 'POST',
              path: '/v1/reports',
              body: { text: doc.text, ...meta },
              schema: ReportIngestion,
            }
          : {
              method: 'POST',
              path: `/v1/reports?${new URLSearchParams({ ...meta, published: String(meta.published) })}`,
              raw: doc.upload,
              schema: ReportIngestion,
            },
      );
      submit.disabled = false;
      if (!r.ok) {
        setStatus(status, failureText(t, r.error), 'error');
        return;
      }
      const { id } = r.value.report;
      replaceChildren(
        status,
        t(meta.published ? 'published' : 'savedUnpublished', { id }),
        ' ',
        h('a', { href: routeHref('reports', id) }, t('reportOpen')),
      );
    })();
  });
  return form;
}
