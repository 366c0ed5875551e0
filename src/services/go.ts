/**
 * The protected redirect's judgement of a link: only absolute http(s) URLs are accepted, then the
 * host is checked against the official-sender registry (official or lookalike), the knowledge base
 * (known indicator) and the watch list. The URL is never fetched. Ports and pure core only.
 */
import type { KbStore } from '../core/kb/ports.js';
import type { IndicatorRef } from '../core/kb/types.js';
import { AppError } from '../core/shared/app-error.js';
import { err, ok, type Result } from '../core/shared/result.js';
import { extractLinks } from '../core/sms/extract-links.js';
import { findLookalike } from '../core/sms/find-lookalike.js';
import { findOfficialOwner } from '../core/sms/official-registry.js';

export const MAX_GO_URL_CHARS = 2048;

export type LinkFinding =
  | { readonly kind: 'official'; readonly brand: string; readonly domain: string }
  | {
      readonly kind: 'lookalike';
      readonly brand: string;
      readonly mark: string;
      readonly how: 'contains' | 'homoglyph' | 'edit-distance';
    }
  | {
      readonly kind: 'known';
      readonly indicator: IndicatorRef;
      readonly reports: number;
      readonly sightings: number;
    }
  | { readonly kind: 'watched'; readonly domain: string };

export type LinkVerdict = 'official' | 'known-bad' | 'lookalike' | 'watched' | 'unknown';

export interface LinkAssessment {
  /** The normalised URL the continue link points to. */
  readonly href: string;
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly verdict: LinkVerdict;
  readonly findings: readonly LinkFinding[];
}

export interface GoService {
  assess(input: string): Promise<Result<LinkAssessment>>;
}

// Whitespace, control characters and backslashes have no place in a link someone should follow:
// browsers "fix" them into other hosts (`https:\\evil`), so they are refused, not repaired.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\\]/;
const ABSOLUTE_HTTP = /^https?:\/\/[^/]/i;

/** Accepts only an absolute http(s) URL with a host and no credentials. */
export function parseGoTarget(input: string): Result<URL> {
  const invalid = (why: string) => err(new AppError('GO_URL_INVALID', why));
  if (input.length === 0) return invalid('no url given');
  if (input.length > MAX_GO_URL_CHARS) return invalid(`url longer than ${MAX_GO_URL_CHARS}`);
  if (FORBIDDEN.test(input)) return invalid('url contains spaces, control characters or "\\"');
  if (!ABSOLUTE_HTTP.test(input)) return invalid('only absolute http:// and https:// links');
  let u: URL;
  try {
    u = new URL(input);
  } catch {
    return invalid('not a URL'); // a parse failure is the answer here, not a fault
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return invalid('only http(s) links');
  if (u.hostname === '') return invalid('url has no host');
  if (u.username !== '' || u.password !== '') return invalid('links with credentials are refused');
  return ok(u);
}

const VERDICT_ORDER: readonly LinkVerdict[] = ['official', 'known-bad', 'lookalike', 'watched'];

function verdictOf(findings: readonly LinkFinding[]): LinkVerdict {
  const kinds = new Set<LinkVerdict>(
    findings.map((f) => (f.kind === 'known' ? 'known-bad' : f.kind)),
  );
  return VERDICT_ORDER.find((v) => kinds.has(v)) ?? 'unknown';
}

/** Creates the link-judging service over the knowledge base. */
export function createGoService(deps: {
  readonly store: Pick<KbStore, 'getIndicator' | 'getWatch' | 'listReportsOf' | 'listSightings'>;
}): GoService {
  const known = async (ref: IndicatorRef): Promise<LinkFinding | null> => {
    if ((await deps.store.getIndicator(ref)) === null) return null;
    const [reports, sightings] = await Promise.all([
      deps.store.listReportsOf(ref, 100),
      deps.store.listSightings(ref),
    ]);
    const count = sightings.reduce((n, s) => n + s.count, 0);
    return { kind: 'known', indicator: ref, reports: reports.length, sightings: count };
  };
  return {
    async assess(input) {
      const parsed = parseGoTarget(input);
      if (!parsed.ok) return parsed;
      const u = parsed.value;
      const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
      const findings: LinkFinding[] = [];
      const owner = findOfficialOwner(host);
      if (owner !== null) findings.push({ kind: 'official', brand: owner.name, domain: host });
      const link = extractLinks(u.href).find((l) => l.host === host) ?? null;
      const look = link === null ? null : findLookalike(link);
      if (look !== null)
        findings.push({
          kind: 'lookalike',
          brand: look.sender.name,
          mark: look.mark,
          how: look.how,
        });
      const refs: IndicatorRef[] = [{ type: 'url', value: u.href }];
      const isIp = link?.isIp ?? /^[\d.]+$|:/.test(host);
      if (isIp) refs.push({ type: host.includes(':') ? 'ipv6' : 'ipv4', value: host });
      else {
        refs.push({ type: 'domain', value: host });
        if (link?.domain && link.domain !== host) refs.push({ type: 'domain', value: link.domain });
      }
      for (const ref of refs) {
        const f = await known(ref);
        if (f !== null) findings.push(f);
      }
      for (const d of new Set([host, link?.domain ?? host])) {
        if ((await deps.store.getWatch(d)) !== null) findings.push({ kind: 'watched', domain: d });
      }
      return ok({
        href: u.href,
        scheme: u.protocol === 'https:' ? 'https' : 'http',
        host,
        verdict: verdictOf(findings),
        findings,
      });
    },
  };
}
