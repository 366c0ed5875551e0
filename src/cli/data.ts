/** `tocsin data update`: refresh the offline AS table and the RDAP bootstrap in the data directory. */
import type { Command } from 'commander';
import { AppError } from '../core/shared/app-error.js';
import type { EnrichDataService } from '../services/enrich.js';
import type { CliIo } from './io.js';
import { dataDirOption } from './options.js';

export interface DataCommandDeps {
  readonly io: CliIo;
  readonly enrichData: () => EnrichDataService;
}

/** Registers `data update` on the program. */
export function registerDataCommands(program: Command, deps: DataCommandDeps): void {
  const data = program.command('data').description('manage the offline data used by enrichment');
  data
    .command('update')
    .description('refresh the IP-to-AS table and/or the RDAP bootstrap files in the data directory')
    .option(
      '--asn-file <files...>',
      'ip-location-db CSV (start_ip,end_ip,asn,org), e.g. asn-ipv4.csv asn-ipv6.csv',
    )
    .option(
      '--country-file <files...>',
      'ip-location-db CSV (start_ip,end_ip,CC); default: keep the current countries',
    )
    .option(
      '--rdap-bootstrap <dir>',
      'directory holding IANA dns.json, ipv4.json, ipv6.json, asn.json',
    )
    .addOption(dataDirOption())
    .addHelpText(
      'after',
      `
The files are validated, then written into <dataDir>/asn/ and <dataDir>/rdap/, which
\`tocsin enrich\` prefers to the tables shipped with the package.

Examples:
  $ npm pack @ip-location-db/asn && tar xzf ip-location-db-asn-*.tgz
  $ tocsin data update --asn-file package/asn-ipv4.csv package/asn-ipv6.csv
  $ tocsin data update --rdap-bootstrap ./iana-rdap`,
    )
    .action(
      async (opts: { asnFile?: string[]; countryFile?: string[]; rdapBootstrap?: string }) => {
        if (!opts.asnFile && !opts.rdapBootstrap) {
          throw new AppError('USAGE_INVALID', 'give --asn-file and/or --rdap-bootstrap');
        }
        if (opts.countryFile && !opts.asnFile) {
          throw new AppError('USAGE_INVALID', '--country-file needs --asn-file');
        }
        const service = deps.enrichData();
        if (opts.asnFile) {
          const r = await service.updateAsnTable({
            asnFiles: opts.asnFile,
            countryFiles: opts.countryFile ?? [],
          });
          deps.io.stdout.write(
            `AS table: ${r.v4Ranges} IPv4 + ${r.v6Ranges} IPv6 ranges, ${r.asNames} AS names, ` +
              `${r.countryRanges} country ranges${r.countryKept ? ' (kept)' : ''}, ` +
              `${r.rejectedLines} lines skipped -> ${r.file} (${r.bytes} bytes)\n`,
          );
        }
        if (opts.rdapBootstrap) {
          const r = await service.updateRdapBootstrap(opts.rdapBootstrap);
          deps.io.stdout.write(`RDAP bootstrap: installed into ${r.dir}\n`);
        }
      },
    );
}
