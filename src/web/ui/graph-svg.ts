/** Draws a GraphLayout as inline SVG (built with DOM calls: labels are text nodes). */
import { s } from './dom.js';
import { GraphColumn, type GraphLayout } from './graph-layout.js';

const COL_W = 200;
const NODE_W = 168;
const NODE_H = 44;
const ROW_H = 60;
const TOP = 28;
const MAX_CHARS = 22;

function clip(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** The SVG for a layout; `titles` are the column headings, `label` names the figure. */
export function toGraphSvg(
  layout: GraphLayout,
  titles: Readonly<Record<(typeof GraphColumn)[number], string>>,
  label: string,
): SVGSVGElement {
  const width = COL_W * GraphColumn.length;
  const height = TOP + Math.max(layout.rows, 1) * ROW_H;
  const pos = new Map<string, { x: number; y: number }>();
  for (const n of layout.nodes) {
    pos.set(n.id, { x: GraphColumn.indexOf(n.column) * COL_W + 8, y: TOP + n.row * ROW_H });
  }
  const svg = s('svg', {
    class: 'graph',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    'data-testid': 'ioc-graph',
  });
  GraphColumn.forEach((c, i) => {
    svg.append(s('text', { x: i * COL_W + 8, y: 16, class: 'graph-heading' }, titles[c]));
  });
  for (const e of layout.edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_W;
    const y1 = a.y + NODE_H / 2;
    const x2 = b.x;
    const y2 = b.y + NODE_H / 2;
    const mid = (x1 + x2) / 2;
    svg.append(
      s(
        'path',
        {
          d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`,
          class: `graph-edge graph-edge-${e.kind === 'enrichment' ? 'enrichment' : 'stated'}`,
          'data-edge': `${e.from} -> ${e.to}`,
        },
        s('title', {}, e.kind),
      ),
    );
  }
  for (const n of layout.nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const flagged = n.tags.length > 0;
    svg.append(
      s(
        'g',
        {
          class: `graph-node graph-node-${n.column}${flagged ? ' graph-node-flagged' : ''}`,
          'data-node': n.id,
        },
        s('title', {}, [n.label, ...n.tags].join(' — ')),
        s('rect', { x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 6 }),
        s(
          'text',
          { x: p.x + 8, y: p.y + (flagged ? 18 : 27), class: 'graph-label' },
          clip(n.label),
        ),
        flagged
          ? s('text', { x: p.x + 8, y: p.y + 35, class: 'graph-tag' }, clip(n.tags.join(', ')))
          : null,
      ),
    );
  }
  return svg;
}
