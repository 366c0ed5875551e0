/** Watch-list entries: a host name to poll, from a line an analyst typed or a feed gave. */
import { AppError } from '../shared/app-error.js';
import { err, ok, type Result } from '../shared/result.js';

export type WatchDomain = string & { readonly __brand: 'WatchDomain' };

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const ALL_DIGITS = /^\d+$/;

/**
 * Parses a domain to watch: trims, lower-cases, refangs `[.]`, drops a trailing dot and a
 * scheme; rejects IP addresses, single labels and malformed names.
 */
export function parseWatchDomain(input: string): Result<WatchDomain> {
  if (input.length > 2048) return err(invalid('too long', input.length));
  let s = input.trim().toLowerCase().replaceAll('[.]', '.').replaceAll('(.)', '.');
  s = s
    .replace(/^[a-z]{2,10}:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
  if (s === '' || s.length > 253) return err(invalid('empty or longer than 253', s.length));
  const labels = s.split('.');
  if (labels.length < 2) return err(invalid('needs at least two labels', s.length, s));
  if (!labels.every((l) => LABEL.test(l))) return err(invalid('bad label', s.length, s));
  if (ALL_DIGITS.test(labels[labels.length - 1] ?? '')) {
    return err(invalid('an address is not a domain', s.length, s));
  }
  return ok(s as WatchDomain); // validated just above
}

function invalid(why: string, length: number, value?: string): AppError {
  const shown = value === undefined ? '' : ` ${JSON.stringify(value.slice(0, 80))}`;
  return new AppError('TRACK_DOMAIN_INVALID', `not a domain to watch${shown}: ${why}`, {
    details: { length },
  });
}
