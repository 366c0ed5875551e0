/** Cuts a message into plain and evidence segments from the verdict's UTF-16 spans. Pure. */

export interface SpanSource {
  readonly code: string;
  readonly spans: readonly (readonly [number, number])[];
}

export interface Segment {
  readonly text: string;
  /** The signals whose evidence covers this segment; empty for plain text. */
  readonly codes: readonly string[];
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A valid cut position: inside [0, len], never between the halves of a surrogate pair. */
function toCut(text: string, at: number): number {
  if (!Number.isFinite(at)) return 0;
  const i = Math.min(Math.max(Math.trunc(at), 0), text.length);
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * The text in order, cut at every span boundary; each piece lists the signals covering it.
 * Joining the pieces gives back the text exactly. Spans out of range are clamped; empty or
 * reversed spans are ignored. O(b·s) for b boundaries and s spans: SMS sizes.
 */
export function toSegments(text: string, sources: readonly SpanSource[]): Segment[] {
  const ranges: { start: number; end: number; code: string }[] = [];
  for (const src of sources) {
    for (const [a, b] of src.spans) {
      const start = toCut(text, a);
      const end = toCut(text, b);
      if (end > start) ranges.push({ start, end, code: src.code });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const codes = [
      ...new Set(ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.code)),
    ];
    const prev = out[out.length - 1];
    // Neighbours covered by the same signals read as one mark.
    if (prev && sameCodes(prev.codes, codes)) {
      out[out.length - 1] = { text: prev.text + text.slice(start, end), codes: prev.codes };
    } else {
      out.push({ text: text.slice(start, end), codes });
    }
  }
  return out;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
