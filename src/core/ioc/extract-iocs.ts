/**
 * extractIocs(): indicators of compromise from report text: refang, match, deduplicate, relate.
 * Owns the IOC capability's core; imports only core and pure packages (tldts, ipaddr.js).
 */
import {
  matchEmails,
  matchHosts,
  matchIpv6,
  matchUrls,
  type ScanContext,
} from './match-network.js';
import { matchAsns, matchCves, matchHashes, matchPhones, matchWallets } from './match-tokens.js';
import { refangWithMap } from './refang.js';
import { findRelations } from './relations.js';
import type { ExtractOptions, ExtractResult, Ioc, IocType, Occurrence, Relation } from './types.js';

const DEFAULT_OPTIONS: ExtractOptions = Object.freeze({});

function byPosition(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || b.end - a.end;
}

function outsideUrls(occ: Occurrence[], spans: ReadonlyArray<[number, number]>): Occurrence[] {
  if (spans.length === 0) return occ;
  let k = 0;
  return occ.filter((o) => {
    while (k < spans.length && spans[k]![1] <= o.start) k++;
    const s = spans[k];
    return s === undefined || o.start < s[0];
  });
}

function occurrencesOf(ctx: ScanContext): Occurrence[] {
  const network: Occurrence[] = [];
  const spans = matchUrls(ctx, network);
  matchHosts(ctx, spans, network);
  matchIpv6(ctx, spans, network);
  matchEmails(ctx, spans, network);
  const tokens: Occurrence[] = [];
  matchHashes(ctx.text, tokens);
  matchCves(ctx.text, tokens);
  matchAsns(ctx.text, tokens);
  matchWallets(ctx.text, tokens);
  matchPhones(ctx.text, tokens);
  tokens.sort(byPosition);
  const all = network.concat(outsideUrls(tokens, spans));
  return all.sort(byPosition);
}

/**
 * Indicators in `text` (plain text; HTML and PDF are turned to text first by the caller), each
 * once, in order of first appearance, with the relations the text states between them.
 * Linear in the text length. Never throws on any string.
 * @example
 * extractIocs('systemsvc[.]net resolves to 213.24.76.23').relations[0]?.type === 'resolves-to'
 */
export function extractIocs(
  text: string,
  options: ExtractOptions = DEFAULT_OPTIONS,
): ExtractResult {
  const { text: refanged, map } = refangWithMap(text);
  const changed = refanged !== text;
  const ctx: ScanContext = {
    text: refanged,
    isDefanged: (start, end) => {
      if (!changed) return false;
      const a = map.toOriginal(start);
      const b = map.toOriginalEnd(end);
      return b - a !== end - start || text.slice(a, b) !== refanged.slice(start, end);
    },
  };
  const occ = occurrencesOf(ctx);
  const wanted: ReadonlySet<IocType> | undefined = options.types
    ? new Set(options.types)
    : undefined;
  const iocs: Ioc[] = [];
  const seen = new Set<string>();
  for (const o of occ) {
    if (wanted !== undefined && !wanted.has(o.type)) continue;
    const key = `${o.type}|${o.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const offset = map.toOriginal(o.start);
    iocs.push({
      type: o.type,
      value: o.value,
      raw: text.slice(offset, map.toOriginalEnd(o.end)),
      offset,
    });
  }
  let relations: Relation[] = [];
  if (options.relations !== false) {
    relations = findRelations({
      text: refanged,
      occurrences: occ,
      evidence: (start, end) => text.slice(map.toOriginal(start), map.toOriginalEnd(end)),
    });
    if (wanted !== undefined) {
      relations = relations.filter((r) => wanted.has(r.source.type) && wanted.has(r.target.type));
    }
  }
  return { iocs, relations };
}
