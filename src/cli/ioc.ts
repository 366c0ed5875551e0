/** `tocsin ioc extract`: indicators out of reports (text, HTML, PDF) as JSON, STIX 2.1, CSV or text. */
import { createReadStream, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { type Ioc, IocType, type Relation } from '../core/ioc/types.js';
import { AppError } from '../core/shared/app-error.js';
import {
  DEFAULT_MAX_INPUT_BYTES,
  IocFormat,
  type IocService,
  parseIocTypes,
} from '../services/ioc.js';
import { EXIT_BAD_INPUT, EXIT_OK } from './errors.js';
import type { CliIo } from './io.js';
import { errorRecord, runJsonlBatch } from './jsonl-batch.js';

export interface IocCommandDeps {
  readonly io: CliIo;
  readonly ioc: () => IocService;
  readonly setExitCode: (code: number) => void;
}

type ExtractFlags = {
  format: IocFormat;
  types?: string;
  jsonl?: boolean;
  created?: string;
  maxBytes?: string;
};

const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

async function readAll(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  name: string,
): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer); // fs/stdin streams yield Buffers
    total += b.length;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw new AppError(
        'IOC_INPUT_TOO_LARGE',
        `${name} is larger than the ${maxBytes}-byte limit (--max-bytes)`,
      );
    }
    parts.push(b);
  }
  return Buffer.concat(parts, total);
}

async function readInput(
  file: string | undefined,
  io: CliIo,
  maxBytes: number,
): Promise<Uint8Array> {
  if (file === undefined || file === '-') return readAll(io.stdin, maxBytes, 'stdin');
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new AppError('FILE_UNREADABLE', `cannot read ${file}`, { cause: e });
  }
  // checked before reading: a 200 MB file is refused without being loaded
  if (size > maxBytes)
    throw new AppError(
      'IOC_INPUT_TOO_LARGE',
      `${file} is ${size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`,
    );
  return readAll(createReadStream(file), maxBytes, file);
}

function parseFlags(
  opts: ExtractFlags,
  io: CliIo,
): { types?: IocType[]; created: string; maxBytes: number } {
  const given = opts.created ?? new Date(io.now()).toISOString();
  if (!RFC3339_RE.test(given) || Number.isNaN(Date.parse(given))) {
    throw new AppError('USAGE_INVALID', `--created must be an RFC 3339 timestamp, got ${given}`);
  }
  // STIX 2.1 wants created/modified in UTC with millisecond precision
  const created = new Date(Date.parse(given)).toISOString();
  const maxBytes = opts.maxBytes === undefined ? DEFAULT_MAX_INPUT_BYTES : Number(opts.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new AppError('USAGE_INVALID', '--max-bytes must be a positive integer');
  if (opts.types === undefined) return { created, maxBytes };
  const types = parseIocTypes(opts.types, IocType);
  if (!types.ok) throw types.error;
  return { types: types.value, created, maxBytes };
}

async function extractFiles(
  deps: IocCommandDeps,
  files: readonly string[],
  opts: ExtractFlags,
): Promise<void> {
  const flags = parseFlags(opts, deps.io);
  const service = deps.ioc();
  const extractOptions = flags.types === undefined ? {} : { types: flags.types };
  const inputs = files.length === 0 ? [undefined] : files;
  const iocs: Ioc[] = [];
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const file of inputs) {
    const bytes = await readInput(file, deps.io, flags.maxBytes);
    const result = await service.extractDocument(bytes, extractOptions);
    for (const ioc of result.iocs) {
      const key = `${ioc.type}|${ioc.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      iocs.push(inputs.length > 1 && file !== undefined ? { ...ioc, file } : ioc);
    }
    relations.push(...result.relations);
  }
  deps.io.stdout.write(
    service.render({ iocs, relations: dedupeRelations(relations) }, opts.format, flags.created),
  );
  deps.setExitCode(EXIT_OK);
}

function dedupeRelations(relations: readonly Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.source.type}|${r.source.value}|${r.type}|${r.target.type}|${r.target.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function extractJsonl(
  deps: IocCommandDeps,
  files: readonly string[],
  opts: ExtractFlags,
): Promise<void> {
  const flags = parseFlags(opts, deps.io);
  const service = deps.ioc();
  const extractOptions = flags.types === undefined ? {} : { types: flags.types };
  const summary = await runJsonlBatch(
    deps.io,
    { files, maxLineBytes: flags.maxBytes, noun: 'reports' },
    (line, lineNo) => {
      const r = service.extractLine(line, extractOptions);
      if (r.ok) return { json: JSON.stringify(r.value), rejected: false };
      return {
        json: errorRecord(r.error.code, `line ${lineNo}: ${r.error.message}`, r.error.id),
        rejected: true,
      };
    },
  );
  deps.setExitCode(summary.rejected > 0 ? EXIT_BAD_INPUT : EXIT_OK);
}

/** Registers `ioc extract` on the program. */
export function registerIocCommands(program: Command, deps: IocCommandDeps): void {
  const ioc = program.command('ioc').description('indicators of compromise out of reports');
  ioc
    .command('extract')
    .description('extract refanged, deduplicated indicators and the relations the text states')
    .argument(
      '[files...]',
      'reports: plain text, HTML or PDF, recognised by content (default: stdin)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(IocFormat).default('json'))
    .option('--types <list>', `only these types, comma-separated: ${IocType.join(',')}`)
    .option('--jsonl', 'batch mode: input lines {"id", "text"}, output lines {"id", "iocs"}')
    .option('--created <timestamp>', 'RFC 3339 time stamped on STIX objects (default: now)')
    .option(
      '--max-bytes <n>',
      `largest report or JSONL line accepted (default ${DEFAULT_MAX_INPUT_BYTES})`,
    )
    .addHelpText(
      'after',
      `
Output (json): {"iocs": [{"type", "value", "raw", "offset"}], "relations": [{"source", "type", "target", "evidence"}]}
  value is the refanged canonical form, raw the words written, offset a UTF-16 index in the document's text.
--format stix prints a STIX 2.1 bundle (report, observables, indicators, relationships).
--jsonl: a bad line yields {"id"?, "error": {"code", "message"}} in place; the run goes on; exit status 2.

Examples:
  $ tocsin ioc extract report.pdf --format stix > bundle.json
  $ pbpaste | tocsin ioc extract --types domain,ipv4,url --format text
  $ tocsin ioc extract --jsonl posts.jsonl > iocs.jsonl`,
    )
    .action(async (files: string[], opts: ExtractFlags) => {
      await (opts.jsonl ? extractJsonl(deps, files, opts) : extractFiles(deps, files, opts));
    });
}
