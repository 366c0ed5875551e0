/** Name-based UUIDs (RFC 9562 version 5, SHA-1) and STIX 2.1 deterministic identifiers (§2.9). */
import { sha1 } from '@noble/hashes/legacy.js';
import { type JsonValue, toCanonicalJson } from './jcs.js';

/** The namespace STIX 2.1 §2.9 fixes for cyber-observable ids. */
export const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

const HEX = '0123456789abcdef';

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** UUID version 5 of `name` (UTF-8) in `namespace`. */
export function toUuidV5(namespace: string, name: string): string {
  const ns = uuidBytes(namespace);
  const nameBytes = new TextEncoder().encode(name);
  const buf = new Uint8Array(16 + nameBytes.length);
  buf.set(ns);
  buf.set(nameBytes, 16);
  const h = sha1(buf);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[h[i]! >> 4]! + HEX[h[i]! & 15]!;
  }
  return s;
}

/** `type--uuidv5(STIX namespace, JCS(idContributing))`: the STIX 2.1 deterministic id. */
export function toStixId(type: string, idContributing: JsonValue): string {
  return `${type}--${toUuidV5(STIX_NAMESPACE, toCanonicalJson(idContributing))}`;
}
