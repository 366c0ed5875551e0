/** What a report's bytes are: PDF, HTML, plain text, or something we refuse (binary). Pure. */

export type ContentType = 'pdf' | 'html' | 'text';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const SNIFF_BYTES = 8192;
const HTML_START_RE = /^\s*(?:<!doctype\s+html|<html|<head|<body|<!--)/i;
const HTML_TAGS_RE = /<(?:p|div|span|a\s|table|br|h[1-6]|li|meta|article)\b[^>]{0,500}>/gi;

/** True when `bytes` holds a PDF header within its first KiB (as readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) {
    let match = true;
    for (let k = 0; k < PDF_MAGIC.length && match; k++) match = bytes[i + k] === PDF_MAGIC[k];
    if (match) return true;
  }
  return false;
}

/** True when the start of `bytes` has NUL bytes or many control characters: not a text document. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** HTML when the text starts like a document or its head holds several common tags. */
export function isHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  if (HTML_START_RE.test(head)) return true;
  let tags = 0;
  for (const _ of head.matchAll(HTML_TAGS_RE)) if (++tags >= 3) return true;
  return false;
}
