/**
 * Loads the offline IP -> AS table: the copy in the data directory (written by `tocsin data
 * update`) when there is one, else the table shipped beside this file. Owns the gzip and file I/O;
 * decoding and lookups are pure (core/enrich/asn-table*.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  type AsnInfo,
  type AsnTable,
  lookupAsn,
  lookupCountry,
} from '../../core/enrich/asn-table.js';
import { decodeAsnTable, encodeAsnTable } from '../../core/enrich/asn-table-codec.js';
import type { IpAddress } from '../../core/enrich/ip.js';
import type { AsnLookupPort } from '../../core/enrich/ports.js';
import { AppError } from '../../core/shared/app-error.js';

/** The table committed with the package (built by scripts/build-asn-table.ts). */
export const SHIPPED_ASN_TABLE = fileURLToPath(new URL('./data/asn-table.bin.gz', import.meta.url));

/** Where `tocsin data update` puts a refreshed table inside the data directory. */
export function dataDirAsnTable(dataDir: string): string {
  return join(dataDir, 'asn', 'asn-table.bin.gz');
}

/** Reads, gunzips and decodes one table file; throws ASN_TABLE_INVALID / FILE_UNREADABLE. */
export function loadAsnTableFile(file: string): AsnTable {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(readFileSync(file), { maxOutputLength: 512 * 1024 * 1024 });
  } catch (cause) {
    throw new AppError('ASN_TABLE_INVALID', `cannot read AS table ${file}`, { cause });
  }
  const r = decodeAsnTable(bytes);
  if (!r.ok)
    throw new AppError('ASN_TABLE_INVALID', `${r.error.message} (${file})`, { cause: r.error });
  return r.value;
}

/** The data-directory table when present, else the shipped one; with the path actually used. */
export function loadAsnTable(dataDir: string | undefined): { table: AsnTable; file: string } {
  const preferred = dataDir === undefined ? undefined : dataDirAsnTable(dataDir);
  const file = preferred !== undefined && existsSync(preferred) ? preferred : SHIPPED_ASN_TABLE;
  return { table: loadAsnTableFile(file), file };
}

/** Writes a table atomically (temp file + rename) so a reader never sees half a file. */
export function saveAsnTable(table: AsnTable, file: string): number {
  const gz = gzipSync(encodeAsnTable(table), { level: 9 });
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, gz);
  renameSync(tmp, file);
  return gz.length;
}

/** An AsnLookupPort over a lazily loaded table (loaded on first lookup, once). */
export function createAsnLookup(opts: { dataDir?: string; file?: string }): AsnLookupPort & {
  table(): AsnTable;
} {
  let table: AsnTable | undefined;
  const get = (): AsnTable => {
    if (table === undefined) {
      table =
        opts.file !== undefined ? loadAsnTableFile(opts.file) : loadAsnTable(opts.dataDir).table;
    }
    return table;
  };
  return {
    table: get,
    lookup(ip: IpAddress): { asn: AsnInfo | null; country: string | null } {
      const t = get();
      return { asn: lookupAsn(t, ip), country: lookupCountry(t, ip) };
    },
  };
}
