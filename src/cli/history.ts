/** `tocsin history <domain>`: the resolution history of a domain, as passive-DNS COF or JSON lines. */
import { type Command, Option } from 'commander';
import { toCofRecords } from '../core/track/to-cof.js';
import type { TrackService } from '../services/track.js';
import type { CliIo } from './io.js';
import { dataDirOption, storeOption } from './options.js';

export interface HistoryCommandDeps {
  readonly io: CliIo;
  readonly track: () => Promise<TrackService>;
}

/** Registers `history`. */
export function registerHistoryCommand(program: Command, deps: HistoryCommandDeps): void {
  program
    .command('history')
    .description('resolution history of a domain: first/last seen and count per answer')
    .argument('<domain>')
    .addOption(
      new Option(
        '--format <format>',
        'cof: passive-DNS Common Output Format; json: rows with NXDOMAIN/SERVFAIL/TIMEOUT states',
      )
        .choices(['cof', 'json'])
        .default('cof'),
    )
    .addOption(dataDirOption())
    .addOption(storeOption())
    .addHelpText(
      'after',
      '\nExample:\n  $ tocsin history systemsvc.net | jq -c \'select(.rrtype == "A")\'',
    )
    .action(async (domain: string, opts: { format: 'cof' | 'json' }) => {
      const rows = await (await deps.track()).history(domain);
      const lines =
        opts.format === 'cof'
          ? toCofRecords(rows).map((r) => JSON.stringify(r))
          : rows.map((r) =>
              JSON.stringify({
                rrname: r.domain,
                rrtype: r.rrtype,
                state: r.state,
                rdata: r.state === 'ok' ? r.rdata : null,
                firstSeen: new Date(r.firstSeenMs).toISOString(),
                lastSeen: new Date(r.lastSeenMs).toISOString(),
                count: r.count,
              }),
            );
      if (lines.length > 0) deps.io.stdout.write(`${lines.join('\n')}\n`);
    });
}
