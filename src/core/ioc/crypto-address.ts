/**
 * Bitcoin address checks: base58check (P2PKH/P2SH, BIP-13) and bech32/bech32m (BIP-173/BIP-350).
 * A checksum turns a base58-looking word into a real address, so random tokens are not reported.
 */
import { sha256 } from '@noble/hashes/sha2.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (const ch of s) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** True for a base58check Bitcoin address with version 0x00 (P2PKH) or 0x05 (P2SH). */
export function isBase58Address(s: string): boolean {
  const raw = base58Decode(s);
  if (raw === undefined || raw.length !== 25 || (raw[0] !== 0x00 && raw[0] !== 0x05)) return false;
  const check = sha256(sha256(raw.subarray(0, 21)));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[21 + i]) return false;
  return true;
}

function polymod(values: readonly number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

/** True for a `bc1` segwit address whose bech32 (v0) or bech32m (v1+) checksum holds. */
export function isBech32Address(s: string): boolean {
  const lower = s.toLowerCase();
  if (lower !== s && s.toUpperCase() !== s) return false;
  if (!lower.startsWith('bc1') || lower.length < 14 || lower.length > 74) return false;
  const data: number[] = [];
  for (const ch of lower.slice(3)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const hrp = [3, 3, 0, 2, 3]; // expand("bc"): high bits 3,3 then 0 then low bits 2,3
  const check = polymod([...hrp, ...data]);
  const version = data[0] ?? -1;
  return (version === 0 && check === 1) || (version > 0 && version <= 16 && check === 0x2bc830a3);
}
