/**
 * A literal multi-pattern matcher (Aho-Corasick) for the SMS lexicons: one pass over the folded
 * text finds every brand keyword and lure phrase, whatever their number. No regex, so no
 * backtracking; O(text + matches). Pure: imports only core.
 */
import { isAsciiAlnum, toLowerCode, ZERO_WIDTH } from './fold-text.js';

/** One literal to find. ASCII is matched case-insensitively unless `caseSensitive`. */
export interface LexiconPattern<T> {
  readonly text: string;
  readonly payload: T;
  readonly caseSensitive?: boolean;
}

/** Called once per match, in order of match end; `[start, end)` are UTF-16 offsets. */
export type LexiconVisitor<T> = (payload: T, start: number, end: number) => void;

/** A compiled lexicon. */
export interface Lexicon<T> {
  readonly size: number;
  scan(folded: string, visit: LexiconVisitor<T>): void;
}

interface CompiledPattern<T> {
  readonly text: string;
  readonly length: number;
  readonly payload: T;
  readonly caseSensitive: boolean;
  // ASCII letters/digits at an edge need a word boundary there ("ups" must not match "groups").
  readonly leftWord: boolean;
  readonly rightWord: boolean;
}

/** Build options; the default suits every caller (the switch exists for the differential test). */
export interface LexiconOptions {
  /**
   * Resolve every state's ASCII transitions, failure links included, into one table (default
   * true): an ASCII character then costs one lookup. False scans with the edge lists and failure
   * links alone, the plain automaton the table is tested against (create-lexicon.prop.test.ts).
   */
  readonly asciiTable?: boolean;
}

/**
 * Renumbers the trie's states in breadth-first order (root 0, then depth 1, 2 ...), in place. The
 * ASCII table below has a row per state (1.6 MB for the shipped lexicons); a scan spends nearly
 * all its steps in shallow states, which this puts in the table's first rows, together in cache
 * instead of spread over it in the order the patterns were added.
 */
function renumberBreadthFirst(next: Map<number, number>[], outs: number[][]): void {
  const order = [0];
  for (let i = 0; i < order.length; i++) for (const t of next[order[i]!]!.values()) order.push(t);
  const id = new Int32Array(next.length);
  order.forEach((old, k) => {
    id[old] = k;
  });
  const oldNext = next.slice();
  const oldOuts = outs.slice();
  order.forEach((old, k) => {
    next[k] = new Map([...oldNext[old]!].map(([c, t]) => [c, id[t]!]));
    outs[k] = oldOuts[old]!;
  });
}

/** Largest automaton createLexicon builds (its tables hold states as 16-bit numbers). */
export const MAX_STATES = 65_535;

const DEFAULT_LEXICON_OPTIONS: LexiconOptions = Object.freeze({});

/**
 * Compiles patterns into an automaton. Build cost is linear in the total pattern length; call it
 * once (lazily, at module scope), never per message.
 */
export function createLexicon<T>(
  patterns: readonly LexiconPattern<T>[],
  options: LexiconOptions = DEFAULT_LEXICON_OPTIONS,
): Lexicon<T> {
  const compiled: CompiledPattern<T>[] = [];
  const next: Map<number, number>[] = [new Map()];
  const outs: number[][] = [[]];
  for (const p of patterns) {
    if (p.text.length === 0) continue;
    const id = compiled.length;
    compiled.push({
      text: p.text,
      length: p.text.length,
      payload: p.payload,
      caseSensitive: p.caseSensitive === true,
      leftWord: isAsciiAlnum(p.text.charCodeAt(0)),
      rightWord: isAsciiAlnum(p.text.charCodeAt(p.text.length - 1)),
    });
    let s = 0;
    for (let i = 0; i < p.text.length; i++) {
      const c = toLowerCode(p.text.charCodeAt(i));
      let t = next[s]!.get(c);
      if (t === undefined) {
        t = next.length;
        next.push(new Map());
        outs.push([]);
        next[s]!.set(c, t);
      }
      s = t;
    }
    outs[s]!.push(id);
  }
  renumberBreadthFirst(next, outs);
  const fail = new Int32Array(next.length);
  // Breadth-first: a node's failure link and inherited outputs come from shorter suffixes.
  const queue: number[] = [];
  for (const t of next[0]!.values()) queue.push(t);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    for (const [c, t] of next[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const g = next[f]!.get(c);
      fail[t] = g !== undefined && g !== t ? g : 0;
      const inherited = outs[fail[t]!]!;
      if (inherited.length > 0) outs[t] = outs[t]!.concat(inherited);
      queue.push(t);
    }
  }
  // States are 16-bit: halves the tables below, which CJK text reads at random (the shipped
  // lexicons have a few thousand states).
  if (next.length > MAX_STATES) throw new RangeError(`lexicon has more than ${MAX_STATES} states`);
  // Root transitions as a flat table: most characters of most messages stop at the root.
  const root = new Uint16Array(65536);
  for (const [c, t] of next[0]!) root[c] = t;
  // Other nodes: edges flattened and sorted by character; most nodes have one or two, so a
  // short scan (binary search for wide nodes) beats a Map lookup.
  const edgeStart = new Int32Array(next.length + 1);
  for (let s = 0; s < next.length; s++) edgeStart[s + 1] = edgeStart[s]! + next[s]!.size;
  const edgeChar = new Uint16Array(edgeStart[next.length]!);
  const edgeTarget = new Int32Array(edgeStart[next.length]!);
  for (let s = 0; s < next.length; s++) {
    const sorted = [...next[s]!].sort((x, y) => x[0] - y[0]);
    sorted.forEach(([c, t], k) => {
      edgeChar[edgeStart[s]! + k] = c;
      edgeTarget[edgeStart[s]! + k] = t;
    });
  }
  const outArrays = outs.map((o) => (o.length > 0 ? Int32Array.from(o) : null));

  // ASCII table: each ASCII character the patterns use gets a class (upper case shares its lower
  // case's), every other ASCII character class 0, on which any state returns to the root (no
  // pattern holds it). `ascii[s * classes + k]` is the full transition, failure links followed,
  // filled breadth-first so a state's failure row is complete before its own.
  const useTable = options.asciiTable !== false;
  const asciiClass = new Uint8Array(128);
  let classes = 1;
  for (const s of next) {
    for (const c of s.keys()) {
      if (c < 128 && asciiClass[c] === 0) asciiClass[c] = classes++;
    }
  }
  for (let c = 65; c <= 90; c++) asciiClass[c] = asciiClass[c | 32]!;
  // Other characters no pattern holds send every state to the root: a bitmap tells them apart
  // without the edge search and failure walk (most characters of Chinese text are such).
  const used = new Int32Array(2048);
  for (const s of next) for (const c of s.keys()) used[c >>> 5] = used[c >>> 5]! | (1 << (c & 31));
  const ascii = new Uint16Array(useTable ? next.length * classes : 0);
  if (useTable) {
    for (const [c, t] of next[0]!) if (c < 128) ascii[asciiClass[c]!] = t;
    for (const s of queue) {
      const row = s * classes;
      const failRow = fail[s]! * classes;
      for (let k = 0; k < classes; k++) ascii[row + k] = ascii[failRow + k]!;
      for (const [c, t] of next[s]!) if (c < 128) ascii[row + asciiClass[c]!] = t;
    }
  }

  function step(s: number, c: number): number {
    let lo = edgeStart[s]!;
    let hi = edgeStart[s + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (edgeChar[lo] === c) return edgeTarget[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = edgeChar[mid]!;
      if (m === c) return edgeTarget[mid]!;
      if (m < c) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  function startOf(text: string, end: number, length: number): number {
    let start = end;
    for (let k = 0; k < length && start > 0; ) {
      start--;
      if (text.charCodeAt(start) !== ZERO_WIDTH) k++;
    }
    return start;
  }

  function accepts(text: string, p: CompiledPattern<T>, start: number, end: number): boolean {
    if (p.leftWord && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1))) return false;
    if (p.rightWord && end < text.length && isAsciiAlnum(text.charCodeAt(end))) return false;
    if (!p.caseSensitive) return true;
    let k = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === ZERO_WIDTH) continue;
      if (c !== p.text.charCodeAt(k++)) return false;
    }
    return true;
  }

  return {
    size: compiled.length,
    scan(text: string, visit: LexiconVisitor<T>): void {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const raw = text.charCodeAt(i);
        if (raw < 128 && useTable) {
          s = ascii[s * classes + asciiClass[raw]!]!;
        } else if (useTable && (used[raw >>> 5]! & (1 << (raw & 31))) === 0) {
          if (raw === ZERO_WIDTH) continue;
          s = 0;
        } else {
          if (raw === ZERO_WIDTH) continue;
          const c = toLowerCode(raw);
          let t = s === 0 ? root[c]! : step(s, c);
          while (t < 0) {
            s = fail[s]!;
            t = s === 0 ? root[c]! : step(s, c);
          }
          s = t;
        }
        const out = outArrays[s];
        if (out === null || out === undefined) continue;
        for (let k = 0; k < out.length; k++) {
          const p = compiled[out[k]!]!;
          const start = startOf(text, i + 1, p.length);
          if (accepts(text, p, start, i + 1)) visit(p.payload, start, i + 1);
        }
      }
    },
  };
}
