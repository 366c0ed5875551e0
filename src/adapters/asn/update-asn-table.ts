/**
 * `tocsin data update` behind the EnrichDataPort: builds an AS table from ip-location-db CSV files
 * and writes it into the data directory (atomically); copies RDAP bootstrap files.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AsnRow, CountryRow } from '../../core/enrich/asn-table-codec.js';
import { buildAsnTable } from '../../core/enrich/asn-table-codec.js';
import {
  type RowResult,
  parseAsnCsvLine,
  parseCountryCsvLine,
} from '../../core/enrich/parse-asn-csv.js';
import type { EnrichDataPort } from '../../core/enrich/ports.js';
import { AppError } from '../../core/shared/app-error.js';
import { installRdapBootstrap } from '../rdap/bootstrap.js';
import { dataDirAsnTable, loadAsnTable, saveAsnTable } from './load-asn-table.js';
import { formatIpv4, formatIpv6, toIpAddress } from '../../core/enrich/ip.js';
import type { AsnTable } from '../../core/enrich/asn-table.js';

async function readRows<T>(
  files: readonly string[],
  parse: (line: string) => RowResult<T>,
): Promise<{ rows: T[]; rejected: number }> {
  const rows: T[] = [];
  let rejected = 0;
  for (const file of files) {
    const lines = createInterface({
      input: createReadStream(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    try {
      for await (const line of lines) {
        if (line.length === 0 || line.startsWith('#')) continue;
        const r = parse(line);
        if (r.ok) rows.push(r.value);
        else rejected++;
      }
    } catch (cause) {
      throw new AppError('FILE_UNREADABLE', `cannot read ${file}`, { cause });
    }
  }
  return { rows, rejected };
}

function countryRowsOf(t: AsnTable): CountryRow[] {
  const out: CountryRow[] = [];
  const cc = (v: number) => String.fromCharCode(v >>> 8, v & 255);
  for (let i = 0; i < t.c4Cc.length; i++) {
    const s = toIpAddress(formatIpv4(t.c4Starts[i]!));
    const e = toIpAddress(formatIpv4(t.c4Ends[i]!));
    if (s && e) out.push({ start: s, end: e, country: cc(t.c4Cc[i]!) });
  }
  for (let i = 0; i < t.c6Cc.length; i++) {
    const w = (a: Uint32Array) => [a[i * 4]!, a[i * 4 + 1]!, a[i * 4 + 2]!, a[i * 4 + 3]!] as const;
    const s = toIpAddress(formatIpv6(w(t.c6Starts)));
    const e = toIpAddress(formatIpv6(w(t.c6Ends)));
    if (s && e) out.push({ start: s, end: e, country: cc(t.c6Cc[i]!) });
  }
  return out;
}

/** Creates the data port for one data directory. */
export function createEnrichData(dataDir: string): EnrichDataPort {
  return {
    async updateAsnTable({ asnFiles, countryFiles }) {
      const asn = await readRows<AsnRow>(asnFiles, parseAsnCsvLine);
      if (asn.rows.length === 0) {
        throw new AppError(
          'ASN_DATA_INVALID',
          `no valid start,end,asn,org row in ${asnFiles.join(', ')}`,
        );
      }
      const country = await readRows<CountryRow>(countryFiles, parseCountryCsvLine);
      if (countryFiles.length > 0 && country.rows.length === 0) {
        throw new AppError(
          'ASN_DATA_INVALID',
          `no valid start,end,CC row in ${countryFiles.join(', ')}`,
        );
      }
      const countryKept = countryFiles.length === 0;
      const countryRows = countryKept ? countryRowsOf(loadAsnTable(dataDir).table) : country.rows;
      const { table } = buildAsnTable({
        asn: asn.rows,
        country: countryRows,
        source: `local files ${asnFiles.map((f) => f.split('/').pop()).join(', ')} (ip-location-db format)`,
      });
      const file = dataDirAsnTable(dataDir);
      const bytes = saveAsnTable(table, file);
      return {
        file,
        bytes,
        v4Ranges: table.v4As.length,
        v6Ranges: table.v6As.length,
        asNames: table.asNumbers.length,
        countryRanges: table.c4Cc.length + table.c6Cc.length,
        rejectedLines: asn.rejected + country.rejected,
        countryKept,
      };
    },
    async updateRdapBootstrap(fromDir) {
      return { dir: installRdapBootstrap(fromDir, dataDir) };
    },
  };
}
