/** Base64 to bytes without Buffer or atob (core stays free of host globals). Pure. */

const DECODE = new Int16Array(128).fill(-1);
for (let k = 0; k < 64; k++) {
  DECODE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(k)] = k;
}

/** Decodes standard padded base64; returns null on any character outside the alphabet. */
export function decodeBase64(text: string): Uint8Array | null {
  let len = text.length;
  if (len % 4 !== 0) return null;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  if (text.length - len > 2) return null;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
