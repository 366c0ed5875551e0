/**
 * Refang: undo the ways analysts neuter indicators (hxxp, [.], (dot), [at], zero-width characters,
 * full-width dots...) and keep a map from every position of the result back to the input, so a
 * match in the refanged text reports the exact words the analyst wrote. Pure: no I/O.
 */

// One alternation, one pass. Every branch is bounded (no nested or open-ended quantifiers), so a
// pass is linear in the input. Every branch starts with a character that is rare in prose
// ('[', '(', '{', '\', 'x', '*', zero-width and full-width characters) so the regex engine skips
// ordinary text fast; lookbehinds come after that first character, never before it.
const BASE_BRANCHES = [
  // [.] (.) {.} [dot] (dot) [ . ] [[.]] -> .
  String.raw`[[({]{1,3} ?(?:\.|dot) ?[\])}]{1,3}`,
  // [:] [://] [/] -> : :// /
  String.raw`\[(?::\/\/|:|\/)\]`,
  // [at] (at) {at} [@] (@) -> @
  String.raw`[[({](?:at|@)[\])}]`,
  // \. -> .
  String.raw`\\\.`,
  // zero-width space/joiners, word joiner, BOM, soft hyphen -> nothing
  '[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]',
  // full-width / ideographic dots between ASCII letters or digits -> .
  '[\\uFF0E\\u3002\\uFF61](?<=[A-Za-z0-9].)(?=[A-Za-z0-9])',
  // hxxp hXXp h**p (hxxps) -> http(s); fxp -> ftp: only the defanged letters are replaced
  String.raw`(?:xx|\*\*)p(?<=\bh...)(?=s?(?::|\[:))`,
  String.raw`xp(?<=\bfxp)(?=s?(?::|\[:))`,
];
// ' . ' between ASCII letters or digits -> '.'; starts with a space, so it is only compiled into
// the pattern used for texts that contain ' . ' at all.
const SPACED_DOT = ' \\. (?<=[A-Za-z0-9] \\. )(?=[A-Za-z0-9])';
const DEFANG_RE = new RegExp(BASE_BRANCHES.join('|'), 'gi');
const DEFANG_SPACED_RE = new RegExp([...BASE_BRANCHES, SPACED_DOT].join('|'), 'gi');

/** One replacement made by a pass: at `to` in the output, `outLen` chars replaced `inLen` chars at `from`. */
type Edit = {
  readonly to: number;
  readonly outLen: number;
  readonly from: number;
  readonly inLen: number;
};

/** Position map from a refanged text back to the text it came from. */
export type RefangMap = {
  /** Index in the original text of the character at `i` in the refanged text. */
  readonly toOriginal: (i: number) => number;
  /** Index in the original text just past the character before `end` in the refanged text. */
  readonly toOriginalEnd: (end: number) => number;
};

export type Refanged = { readonly text: string; readonly map: RefangMap };

function replacementFor(m: string): string {
  const c = m.charCodeAt(0);
  if (m.length === 1) {
    // zero-width characters and the soft hyphen vanish; full-width and ideographic dots become '.'
    return c === 0x3002 || c === 0xff0e || c === 0xff61 ? '.' : '';
  }
  if (c === 120 /* x */ || c === 88 /* X */ || c === 42 /* * */)
    return m.length === 3 ? 'ttp' : 'tp';
  if (c === 92 /* \\ */ || c === 32 /* space */) return '.';
  if (m.includes('@') || /at/i.test(m)) return '@';
  if (m.includes('//')) return '://';
  if (m.includes(':')) return ':';
  if (m.includes('/')) return '/';
  return '.';
}

function refangPass(text: string): { text: string; edits: Edit[] } {
  const edits: Edit[] = [];
  let delta = 0;
  const re = text.includes(' . ') ? DEFANG_SPACED_RE : DEFANG_RE;
  re.lastIndex = 0;
  const out = text.replace(re, (m: string, offset: number) => {
    const r = replacementFor(m);
    edits.push({ to: offset + delta, outLen: r.length, from: offset, inLen: m.length });
    delta += r.length - m.length;
    return r;
  });
  return { text: out, edits };
}

function lastEditAtOrBefore(edits: readonly Edit[], i: number): Edit | undefined {
  let lo = 0;
  let hi = edits.length - 1;
  let found: Edit | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = edits[mid]!;
    if (e.to <= i) {
      found = e;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function passToOriginal(edits: readonly Edit[], i: number): number {
  const e = lastEditAtOrBefore(edits, i);
  if (e === undefined) return i;
  if (i < e.to + e.outLen) return e.from + Math.min(i - e.to, e.inLen - 1);
  return e.from + e.inLen + (i - e.to - e.outLen);
}

function passToOriginalEnd(edits: readonly Edit[], end: number): number {
  if (end <= 0) return 0;
  const i = end - 1;
  const e = lastEditAtOrBefore(edits, i);
  if (e === undefined) return end;
  if (i < e.to + e.outLen) {
    // the last char came from a replacement: the whole replaced text is part of the span
    return i === e.to + e.outLen - 1 ? e.from + e.inLen : e.from + (i - e.to) + 1;
  }
  return e.from + e.inLen + (i - e.to - e.outLen) + 1;
}

const IDENTITY: RefangMap = Object.freeze({
  toOriginal: (i: number) => i,
  toOriginalEnd: (end: number) => end,
});

// A pass can expose a new defang ("[[.]]" -> "[.]"); passes repeat until nothing changes, which
// makes refang idempotent. Every pass but "hxxp" shortens the text, so this ends quickly.
const MAX_PASSES = 16;

/**
 * Refangs `text` and returns the result with a map back to `text`. Linear per pass; the text is
 * returned as is (identity map) when it holds no defang.
 * @example refangWithMap('hxxp://evil[.]com').text === 'http://evil.com'
 */
export function refangWithMap(text: string): Refanged {
  const passes: Edit[][] = [];
  let current = text;
  for (let n = 0; n < MAX_PASSES; n++) {
    const { text: next, edits } = refangPass(current);
    if (edits.length === 0) break;
    passes.push(edits);
    current = next;
  }
  if (passes.length === 0) return { text, map: IDENTITY };
  const map: RefangMap = {
    toOriginal: (i: number) => {
      let p = i;
      for (let k = passes.length - 1; k >= 0; k--) p = passToOriginal(passes[k]!, p);
      return p;
    },
    toOriginalEnd: (end: number) => {
      let p = end;
      for (let k = passes.length - 1; k >= 0; k--) p = passToOriginalEnd(passes[k]!, p);
      return p;
    },
  };
  return { text: current, map };
}

/** Refangs `text` (see refangWithMap). Idempotent, never throws. */
export function refang(text: string): string {
  return refangWithMap(text).text;
}
