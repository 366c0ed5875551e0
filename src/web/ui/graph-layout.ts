/**
 * Lays out the infrastructure graph of a report in four columns: domain → address → AS →
 * organisation, from the relations the text states and the enrichment of each address. Pure:
 * the SVG is drawn by graph-svg.ts.
 */

export const GraphColumn = ['domain', 'address', 'as', 'org'] as const;
export type GraphColumn = (typeof GraphColumn)[number];

export interface GraphInput {
  readonly iocs: readonly { readonly type: string; readonly value: string }[];
  readonly relations: readonly {
    readonly source: { readonly type: string; readonly value: string };
    readonly type: string;
    readonly target: { readonly type: string; readonly value: string };
  }[];
  /** Enrichment per address: its AS and the classifications of the address. */
  readonly enrichments: ReadonlyMap<string, AddressFacts>;
}

export interface AddressFacts {
  readonly asn: { readonly asn: number; readonly name: string } | null;
  readonly classifications: readonly string[];
}

export interface GraphNode {
  readonly id: string;
  readonly column: GraphColumn;
  readonly label: string;
  readonly tags: readonly string[];
  readonly row: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `resolves-to`, `belongs-to` (stated in the text) or `enrichment` (looked up). */
  readonly kind: string;
}

export interface GraphLayout {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly rows: number;
}

/** Which column an indicator type goes in, or null when the graph does not show it. */
export function toColumn(type: string): GraphColumn | null {
  switch (type) {
    case 'domain':
      return 'domain';
    case 'ipv4':
    case 'ipv6':
      return 'address';
    case 'asn':
      return 'as';
    default:
      return null;
  }
}

/** `AS8342`, whatever the input spelling (`as8342`, `8342`). */
export function toAsLabel(value: string | number): string {
  const digits = String(value).replace(/^as/i, '');
  return `AS${digits}`;
}

function labelOf(column: GraphColumn, value: string): string {
  return column === 'as' ? toAsLabel(value) : value;
}

interface Draft {
  column: GraphColumn;
  label: string;
  tags: string[];
  order: number;
}

/** Builds the layout: nodes deduplicated, rows ordered to follow their parents (fewer crossings). */
export function toGraphLayout(input: GraphInput): GraphLayout {
  const drafts = new Map<string, Draft>();
  const edges = new Map<string, GraphEdge>();
  let seq = 0;
  const node = (column: GraphColumn, value: string): string => {
    const label = labelOf(column, value);
    const id = `${column}:${label.toLowerCase()}`;
    if (!drafts.has(id)) drafts.set(id, { column, label, tags: [], order: seq++ });
    return id;
  };
  const edge = (from: string, to: string, kind: string): void => {
    const key = `${from}->${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, kind });
  };
  for (const ioc of input.iocs) {
    const column = toColumn(ioc.type);
    if (column) node(column, ioc.value);
  }
  for (const r of input.relations) {
    const a = toColumn(r.source.type);
    const b = toColumn(r.target.type);
    if (!a || !b || GraphColumn.indexOf(a) >= GraphColumn.indexOf(b)) continue;
    edge(node(a, r.source.value), node(b, r.target.value), r.type);
  }
  for (const [address, facts] of input.enrichments) {
    const id = node('address', address);
    const d = drafts.get(id);
    if (d) d.tags.push(...facts.classifications.filter((c) => !d.tags.includes(c)));
    if (!facts.asn) continue;
    const as = node('as', String(facts.asn.asn));
    edge(id, as, 'enrichment');
    if (facts.asn.name) edge(as, node('org', facts.asn.name), 'enrichment');
  }
  return { ...placeRows(drafts, [...edges.values()]), edges: [...edges.values()] };
}

/** Orders each column by the best row of its parents, then by first appearance. */
function placeRows(
  drafts: ReadonlyMap<string, Draft>,
  edges: readonly GraphEdge[],
): { nodes: GraphNode[]; rows: number } {
  const rowOf = new Map<string, number>();
  const nodes: GraphNode[] = [];
  let rows = 0;
  for (const column of GraphColumn) {
    const inColumn = [...drafts.entries()].filter(([, d]) => d.column === column);
    const keyOf = (id: string, d: Draft): number => {
      const parentRows = edges
        .filter((e) => e.to === id && rowOf.has(e.from))
        .map((e) => rowOf.get(e.from) ?? 0);
      return parentRows.length > 0
        ? Math.min(...parentRows)
        : Number.MAX_SAFE_INTEGER - 1e6 + d.order;
    };
    inColumn
      .map(([id, d]) => ({ id, d, key: keyOf(id, d) }))
      .sort((x, y) => x.key - y.key || x.d.order - y.d.order)
      .forEach(({ id, d }, row) => {
        rowOf.set(id, row);
        nodes.push({ id, column, label: d.label, tags: d.tags, row });
        rows = Math.max(rows, row + 1);
      });
  }
  return { nodes, rows };
}
