/**
 * `tocsin enrich <indicator…>`: where a domain or IP points, who announces and registers it, and
 * what kind of place it is. Indicators come from the arguments, or one per line from --input
 * files / stdin; a bad one is reported (exit 2) and the others are still processed.
 */
import type { Command } from 'commander';
import { describeTarget } from '../core/enrich/describe-target.js';
import type {
  AddressEnrichment,
  Classification,
  Enrichment,
  RdapResult,
} from '../core/enrich/types.js';
import type { EnrichService } from '../services/enrich.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { dataDirOption, resolverOption } from './options.js';
import { openSources, readLines } from './read-lines.js';

export interface EnrichCommandDeps {
  readonly io: CliIo;
  readonly enrich: () => EnrichService;
  readonly setExitCode: (code: number) => void;
}

interface EnrichFlags {
  json?: boolean;
  offline?: boolean;
  input?: string[];
  concurrency?: string;
}

const MAX_LINE_BYTES = 4096;

type Item = { label: string; text: string } | { label: string; error: string; code: string };

async function* indicatorsOf(
  args: readonly string[],
  flags: EnrichFlags,
  io: CliIo,
): AsyncGenerator<Item> {
  let i = 0;
  for (const a of args) {
    i++;
    yield { label: `argument ${i}`, text: a };
  }
  if (args.length > 0 && !flags.input) return;
  const files = (flags.input ?? []).filter((f) => f !== '-');
  for await (const item of readLines(openSources(files, io.stdin), MAX_LINE_BYTES)) {
    const label = `line ${item.lineNo}`;
    if (item.kind === 'error') {
      yield { label, error: item.message, code: item.code };
      continue;
    }
    const t = item.text.trim();
    if (t.length === 0 || t.startsWith('#')) continue;
    yield { label, text: t };
  }
}

/** Registers `enrich` on the program. */
export function registerEnrichCommand(program: Command, deps: EnrichCommandDeps): void {
  program
    .command('enrich')
    .description(
      'explain where indicators point: DNS answers, AS, country, prefix, RDAP registrant,\n' +
        'and classifications (sinkhole, bogon, public DNS, cloud/CDN, parked, state-owned, government)',
    )
    .argument('[indicators...]', 'domains or IP addresses (default: one per line on stdin)')
    .option('--json', 'print one JSON record per indicator (JSONL)')
    .option('--offline', 'no DNS and no RDAP: the shipped tables only')
    .option('--input <files...>', 'read indicators from files, one per line (- for stdin)')
    .option('--concurrency <n>', 'indicators enriched at once (1-32)', '4')
    .option(
      '--rdap-base-url <url>',
      'send RDAP queries to this server instead of the bootstrap (env TOCSIN_RDAP__BASE_URL)',
    )
    .addOption(resolverOption())
    .addOption(dataDirOption())
    .addHelpText(
      'after',
      `
Exit status: 0 done; 2 when an indicator was not a domain or IP (the others are still printed).
Sources that cannot be reached (DNS, RDAP) show as "unavailable" with a reason; they never fail the run.

Examples:
  $ tocsin enrich 213.24.76.23 --offline
  $ tocsin enrich systemsvc.net --resolver 127.0.0.1:53 --json
  $ cut -f1 iocs.tsv | tocsin enrich --json > enriched.jsonl`,
    )
    .action(async (args: string[], flags: EnrichFlags) => {
      const service = deps.enrich();
      const concurrency = Math.min(
        32,
        Math.max(1, Number.parseInt(flags.concurrency ?? '4', 10) || 4),
      );
      const offline = flags.offline === true;
      let rejected = 0;
      const write = (item: Item, r: Awaited<ReturnType<EnrichService['enrich']>> | null): void => {
        const error =
          'error' in item
            ? { code: item.code, message: item.error }
            : r && !r.ok
              ? { code: r.error.code, message: r.error.message }
              : null;
        if (error) {
          rejected++;
          const input = 'text' in item ? item.text.slice(0, 100) : undefined;
          if (flags.json) {
            deps.io.stdout.write(
              `${JSON.stringify({ ...(input !== undefined ? { input } : {}), error })}\n`,
            );
          }
          deps.io.stderr.write(`tocsin: ${item.label}: ${error.message} [${error.code}]\n`);
          return;
        }
        if (r?.ok)
          deps.io.stdout.write(
            flags.json
              ? `${JSON.stringify(r.value satisfies Enrichment)}\n`
              : renderEnrichment(r.value),
          );
      };
      // Bounded concurrency, output in input order.
      const pending: {
        item: Item;
        result: Promise<Awaited<ReturnType<EnrichService['enrich']>> | null>;
      }[] = [];
      for await (const item of indicatorsOf(args, flags, deps.io)) {
        pending.push({
          item,
          result: 'text' in item ? service.enrich(item.text, { offline }) : Promise.resolve(null),
        });
        if (pending.length >= concurrency) {
          const head = pending.shift()!;
          write(head.item, await head.result);
        }
      }
      for (const p of pending) write(p.item, await p.result);
      deps.setExitCode(rejected > 0 ? EXIT_BAD_INPUT : EXIT_OK);
    });
}

function rdapLine(r: RdapResult): string {
  switch (r.status) {
    case 'ok': {
      const rec = r.record;
      const parts = [
        rec.name ? `name ${rec.name}` : null,
        rec.handle ? `handle ${rec.handle}` : null,
        rec.registrant ? `registrant ${rec.registrant}` : null,
        rec.abuseEmail ? `abuse ${rec.abuseEmail}` : null,
        rec.country ? `country ${rec.country}` : null,
      ].filter((p): p is string => p !== null);
      return `${parts.join('; ') || 'no registration details'} (${r.url})`;
    }
    case 'not-found':
      return `not found (${r.url})`;
    case 'unavailable':
      return `unavailable: ${r.reason}${r.url ? ` (${r.url})` : ''}`;
    case 'offline':
      return 'not asked (offline)';
    default:
      return r satisfies never;
  }
}

function classLines(cs: readonly Classification[], indent: string): string[] {
  if (cs.length === 0) return [`${indent}class     none`];
  return cs.flatMap((c) => [
    `${indent}class     ${c.label}`,
    `${indent}            evidence: ${c.evidence}`,
    `${indent}            source:   ${c.source}`,
  ]);
}

function addressLines(a: AddressEnrichment, indent: string): string[] {
  return [
    `${indent}AS        ${a.asn ? `AS${a.asn.asn} ${a.asn.name}` : 'unknown (not in the offline table)'}`,
    `${indent}country   ${a.country ?? 'unknown'}`,
    `${indent}prefix    ${a.asn ? `${a.asn.prefix} (dataset range ${a.asn.rangeStart} - ${a.asn.rangeEnd})` : 'unknown'}`,
    `${indent}rdap      ${rdapLine(a.rdap)}`,
    ...classLines(a.classifications, indent),
  ];
}

/** The text block for one enrichment, ending with a blank line. */
export function renderEnrichment(e: Enrichment): string {
  const lines = [`${e.indicator} (${e.type})`];
  if (e.type !== 'domain') {
    const self = e.addresses[0];
    if (self) lines.push(...addressLines(self, '  '));
  } else {
    const d = e.dns;
    lines.push(
      `  dns       ${d ? `${d.status}${d.reason ? `: ${d.reason}` : ''} (resolver ${d.resolver})` : 'none'}`,
    );
    if (d) {
      const rows: [string, readonly string[]][] = [
        ['A', d.a],
        ['AAAA', d.aaaa],
        ['CNAME', d.cname],
        ['NS', d.ns],
        ['MX', d.mx.map((m) => `${m.priority} ${m.exchange}`)],
        ['TXT', d.txt.map((t) => JSON.stringify(t.length > 200 ? `${t.slice(0, 200)}…` : t))],
      ];
      for (const [type, values] of rows) {
        for (const v of values) lines.push(`    ${type.padEnd(6)}${v}`);
      }
      if (d.truncated) lines.push('    (answers cut to the size caps)');
    }
    lines.push(`  rdap      ${rdapLine(e.rdap)}`);
    lines.push(
      ...classLines(
        e.classifications.filter((c) => c.subject === e.indicator),
        '  ',
      ),
    );
    for (const a of e.addresses) {
      lines.push(`  -> ${a.address}`);
      lines.push(...addressLines(a, '     '));
    }
  }
  lines.push(`  summary   ${describeTarget(e)}`, '');
  return `${lines.join('\n')}\n`;
}
