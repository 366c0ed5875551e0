/**
 * Builds src/adapters/asn/data/asn-table.bin.gz from the ip-location-db CSV files (CC BY 4.0:
 * RouteViews, DB-IP, NRO; see vendor/ip-location-db/README.md). The CSVs are not committed (56 MB);
 * fetch them with `npm pack @ip-location-db/asn @ip-location-db/geo-whois-asn-country` and pass
 * the unpacked directories. Deterministic: the same CSVs give the same bytes.
 *
 *   npx tsx scripts/build-asn-table.ts --asn DIR --country DIR [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildAsnTable, encodeAsnTable } from '../src/core/enrich/asn-table-codec.js';
import { parseAsnCsvLine, parseCountryCsvLine } from '../src/core/enrich/parse-asn-csv.js';

const { values } = parseArgs({
  options: {
    asn: { type: 'string' },
    country: { type: 'string' },
    out: { type: 'string', default: 'src/adapters/asn/data/asn-table.bin.gz' },
  },
});
if (!values.asn || !values.country) {
  process.stderr.write('usage: build-asn-table.ts --asn DIR --country DIR [--out FILE]\n');
  process.exit(2);
}

function rows<T>(file: string, parse: (l: string) => { ok: true; value: T } | { ok: false }): T[] {
  const out: T[] = [];
  let bad = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.length === 0) continue;
    const r = parse(line);
    if (r.ok) out.push(r.value);
    else bad++;
  }
  process.stderr.write(`${file}: ${out.length} rows, ${bad} rejected\n`);
  return out;
}

const asnPkg = JSON.parse(readFileSync(join(values.asn, 'package.json'), 'utf8')) as {
  version: string;
};
const ccPkg = JSON.parse(readFileSync(join(values.country, 'package.json'), 'utf8')) as {
  version: string;
};
const source = `ip-location-db asn ${asnPkg.version} + geo-whois-asn-country ${ccPkg.version} (CC BY 4.0: RouteViews, DB-IP, NRO)`;
const { table, overridden } = buildAsnTable({
  asn: [
    ...rows(join(values.asn, 'asn-ipv4.csv'), parseAsnCsvLine),
    ...rows(join(values.asn, 'asn-ipv6.csv'), parseAsnCsvLine),
  ],
  country: [
    ...rows(join(values.country, 'geo-whois-asn-country-ipv4.csv'), parseCountryCsvLine),
    ...rows(join(values.country, 'geo-whois-asn-country-ipv6.csv'), parseCountryCsvLine),
  ],
  source,
});
const raw = encodeAsnTable(table);
const gz = gzipSync(raw, { level: 9 });
writeFileSync(values.out, gz);
process.stderr.write(
  `${values.out}: ${table.v4Starts.length} IPv4 + ${table.v6As.length} IPv6 AS ranges, ` +
    `${table.asNumbers.length} AS names, ${table.c4Cc.length} + ${table.c6Cc.length} country ranges, ` +
    `${overridden} rows nested in others (the more specific wins); ${raw.length} bytes raw, ${gz.length} gzip'd\n`,
);
