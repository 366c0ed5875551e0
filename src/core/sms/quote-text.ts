/**
 * Evidence quoting: `JSON.stringify(text.slice(start, end))` without the JSON serialiser when the
 * slice holds nothing JSON escapes (most quoted words). Pure: imports nothing.
 */

/** Exactly `JSON.stringify(text.slice(start, end))`. */
export function toQuotedSlice(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // control characters, `"`, `\` and surrogates (a lone one is escaped) take the slow path
    if (c < 0x20 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) {
      return JSON.stringify(text.slice(start, end));
    }
  }
  return `"${text.slice(start, end)}"`;
}
