/** RFC 8785 JSON Canonicalization Scheme for the JSON values STIX ids are computed over. */

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue };

/**
 * Canonical JSON text: object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers serialised as ECMAScript does (which is what RFC 8785 specifies). Throws on a
 * non-finite number, which JSON cannot hold.
 * @example toCanonicalJson({ b: 1, a: 'x' }) === '{"a":"x","b":1}'
 */
export function toCanonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('JCS: number is not finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => toCanonicalJson(v)).join(',')}]`;
  const obj = value as { readonly [k: string]: JsonValue }; // narrowed: not null, scalar or array
  const keys = Object.keys(obj).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${toCanonicalJson(obj[k] ?? null)}`).join(',')}}`;
}
