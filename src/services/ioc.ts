/**
 * The IOC use case: recognise a report's content (PDF, HTML, text), enforce size limits, extract
 * indicators with the core, and render them as JSON, STIX 2.1, CSV or text. Shared by the CLI,
 * the HTTP API and the library entry. PDF parsing comes through a port; no adapter is imported.
 */
import { z } from 'zod';
import { isHtml, isPdf, looksBinary } from '../core/ioc/detect-content.js';
import { extractIocs } from '../core/ioc/extract-iocs.js';
import { htmlToText } from '../core/ioc/html-to-text.js';
import type { PdfTextPort } from '../core/ioc/ports.js';
import type { ExtractOptions, ExtractResult, Ioc, IocType } from '../core/ioc/types.js';
import { AppError, type ErrorCode } from '../core/shared/app-error.js';
import { err, ok, type Result } from '../core/shared/result.js';
import { toStixBundle } from '../core/stix/to-stix-bundle.js';

/** Default limit of one report or JSONL line: 64 MiB (reports are megabytes; 200 MB is an attack). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

export const IocFormat = ['json', 'stix', 'csv', 'text'] as const;
export type IocFormat = (typeof IocFormat)[number];

/** One `--jsonl` input line. */
export const IocLineInput = z.object({
  id: z.union([z.string().max(256), z.number().transform(String)]).optional(),
  text: z.string({ error: 'text is required and must be a string' }),
});
export type IocLineInput = z.infer<typeof IocLineInput>;

export interface IocServiceOptions {
  readonly pdf: PdfTextPort;
  /** Largest document accepted, in bytes (IOC_INPUT_TOO_LARGE beyond). */
  readonly maxInputBytes: number;
}

export interface IocLineError {
  readonly id?: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export type DocumentExtraction = ExtractResult & { readonly contentType: 'pdf' | 'html' | 'text' };

export interface IocService {
  /** Extracts from a whole document's bytes; throws AppError for too large, binary or broken input. */
  extractDocument(bytes: Uint8Array, options?: ExtractOptions): Promise<DocumentExtraction>;
  /** Extracts from plain text already in memory. */
  extractText(text: string, options?: ExtractOptions): ExtractResult;
  /** Parses and extracts one `--jsonl` line. */
  extractLine(
    line: string,
    options?: ExtractOptions,
  ): Result<{ id?: string; iocs: readonly Ioc[] }, IocLineError>;
  /** Renders a result; `created` (RFC 3339) stamps STIX objects. */
  render(result: ExtractResult, format: IocFormat, created: string): string;
}

/** Parses `--types a,b` into indicator types. */
export function parseIocTypes(list: string, known: readonly IocType[]): Result<IocType[]> {
  const types = list
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0);
  const bad = types.filter((t) => !(known as readonly string[]).includes(t));
  if (bad.length > 0 || types.length === 0) {
    return err(
      new AppError(
        'USAGE_INVALID',
        `unknown indicator type(s) ${bad.join(', ') || '(none)'}; use ${known.join(',')}`,
      ),
    );
  }
  return ok(types as IocType[]); // checked against the known list just above
}

export type DetectedContent = { type: 'pdf' } | { type: 'html' | 'text'; text: string };

/** PDF (by magic), else UTF-8 text or HTML; throws INPUT_BINARY / INPUT_NOT_UTF8 for anything else. */
export function detectContent(bytes: Uint8Array): DetectedContent {
  if (isPdf(bytes)) return { type: 'pdf' };
  if (looksBinary(bytes))
    throw new AppError('INPUT_BINARY', 'input looks like binary data, not text, HTML or PDF');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new AppError('INPUT_NOT_UTF8', 'input is not valid UTF-8 text', { cause: e });
  }
  return isHtml(text) ? { type: 'html', text: htmlToText(text) } : { type: 'text', text };
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function render(result: ExtractResult, format: IocFormat, created: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ iocs: result.iocs, relations: result.relations }, null, 2)}\n`;
    case 'stix':
      return `${JSON.stringify(toStixBundle(result, { created }), null, 2)}\n`;
    case 'csv':
      return `type,value,raw,offset\n${result.iocs.map((i) => `${i.type},${csvCell(i.value)},${csvCell(i.raw)},${i.offset}\n`).join('')}`;
    case 'text': {
      const lines = result.iocs.map((i) => `${i.type}\t${i.value}`);
      for (const r of result.relations)
        lines.push(`${r.source.value} -[${r.type}]-> ${r.target.value}`);
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    }
    default:
      throw new AppError('USAGE_INVALID', `unknown format ${String(format satisfies never)}`);
  }
}

/** Creates the IOC service. */
export function createIocService(options: IocServiceOptions): IocService {
  const tooLarge = (n: number) =>
    new AppError(
      'IOC_INPUT_TOO_LARGE',
      `input is ${n} bytes, over the ${options.maxInputBytes}-byte limit`,
      {
        details: { bytes: n, maxBytes: options.maxInputBytes },
      },
    );
  return {
    async extractDocument(bytes, extractOptions) {
      if (bytes.length > options.maxInputBytes) throw tooLarge(bytes.length);
      const content = detectContent(bytes);
      const text = content.type === 'pdf' ? await options.pdf.toText(bytes) : content.text;
      return { ...extractIocs(text, extractOptions), contentType: content.type };
    },
    extractText(text, extractOptions) {
      if (text.length > options.maxInputBytes) throw tooLarge(text.length);
      return extractIocs(text, extractOptions);
    },
    extractLine(line, extractOptions) {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        // a bad line is data for the batch report, not a fault (JSONL batch contract)
        return err({ code: 'IOC_JSON_INVALID', message: 'line is not JSON' });
      }
      const input = IocLineInput.safeParse(json);
      if (!input.success) {
        const id = (json as { id?: unknown } | null)?.id;
        const message = input.error.issues
          .map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`)
          .join('; ');
        return err({
          ...(typeof id === 'string' ? { id } : {}),
          code: 'IOC_JSON_INVALID',
          message,
        });
      }
      const { id, text } = input.data;
      if (text.length > options.maxInputBytes) {
        return err({
          ...(id === undefined ? {} : { id }),
          code: 'IOC_INPUT_TOO_LARGE',
          message: `text is ${text.length} characters`,
        });
      }
      const { iocs } = extractIocs(text, { ...extractOptions, relations: false });
      return ok(id === undefined ? { iocs } : { id, iocs });
    },
    render,
  };
}
