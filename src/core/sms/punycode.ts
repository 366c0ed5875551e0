/**
 * Punycode (RFC 3492) `xn--` host labels shown in Unicode, so a lookalike written in Cyrillic or
 * Greek letters can be compared with the brand it imitates. Decoding is punycode.js's; a label it
 * rejects (malformed, or longer than DNS allows) stays as written.
 */
// The package path, not 'punycode': that bare name is Node's deprecated built-in module.
import punycode from 'punycode/punycode.js';

/** The longest payload a DNS label (63 octets) leaves after `xn--`. */
const MAX_PAYLOAD = 59;

/** Decodes one punycode payload (without `xn--`); null when it is malformed. */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_PAYLOAD) return null;
  try {
    return punycode.decode(input);
  } catch {
    return null;
  }
}

/** Host with every decodable `xn--` label shown in Unicode; other labels unchanged. */
export function toUnicodeHost(host: string): string {
  const labels = host.split('.');
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k]!;
    if (label.startsWith('xn--')) {
      const decoded = decodePunycode(label.slice(4));
      if (decoded !== null) labels[k] = decoded;
    }
  }
  return labels.join('.');
}
