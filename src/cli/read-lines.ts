/**
 * Streams lines out of files or stdin in constant memory: a line longer than `maxLineBytes` is
 * skipped to its end and reported, invalid UTF-8 is reported, and the stream goes on.
 */
import { type FileHandle, open } from 'node:fs/promises';
import { AppError } from '../core/shared/app-error.js';

export type LineItem =
  | { readonly kind: 'line'; readonly lineNo: number; readonly text: string }
  | {
      readonly kind: 'error';
      readonly lineNo: number;
      readonly code: 'INPUT_TOO_LARGE' | 'INPUT_NOT_UTF8';
      readonly message: string;
    };

const NEWLINE = 0x0a;
const CR = 0x0d;

/** Splits a byte stream into decoded lines; never buffers more than maxLineBytes of one line. */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<LineItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let pendingBytes = 0;
  let oversize = false;
  let lineNo = 0;

  const finish = (): LineItem => {
    lineNo += 1;
    if (oversize) {
      const item: LineItem = {
        kind: 'error',
        lineNo,
        code: 'INPUT_TOO_LARGE',
        message: `line is longer than ${maxLineBytes} bytes`,
      };
      parts = [];
      pendingBytes = 0;
      oversize = false;
      return item;
    }
    let bytes = parts.length === 1 ? (parts[0] as Uint8Array) : concat(parts, pendingBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR)
      bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    pendingBytes = 0;
    try {
      return { kind: 'line', lineNo, text: decoder.decode(bytes) };
    } catch {
      // A bad line is reported in place and the batch goes on (issue #3 contract).
      return { kind: 'error', lineNo, code: 'INPUT_NOT_UTF8', message: 'line is not valid UTF-8' };
    }
  };

  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!oversize) {
        const piece = chunk.subarray(start, end);
        if (pendingBytes + piece.length > maxLineBytes) {
          oversize = true;
          parts = [];
        } else if (piece.length > 0) {
          // Copy: the source reuses its buffer for the next chunk (openSources does).
          parts.push(nl === -1 ? new Uint8Array(piece) : piece);
          pendingBytes += piece.length;
        }
      }
      if (nl === -1) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (pendingBytes > 0 || oversize) yield finish();
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The byte streams of the given files in order, or stdin when there is none. */
export async function* openSources(
  files: readonly string[],
  stdin: NodeJS.ReadableStream,
): AsyncGenerator<Uint8Array> {
  if (files.length === 0) {
    for await (const chunk of stdin) yield toBytes(chunk);
    return;
  }
  // One buffer, reused for every read of every file: a new 256 KB Buffer per read is freed only
  // when the garbage collector runs, which V8 delays until some 64 MB of them pile up (measured:
  // 66 MB of array buffers and up to 290 MB peak RSS over 1M messages, against ~200 MB reused).
  // readLines is done with a chunk before it asks for the next, and copies what it keeps.
  const buffer = Buffer.allocUnsafeSlow(FILE_CHUNK_BYTES);
  for (const file of files) {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'r');
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        yield buffer.subarray(0, bytesRead);
      }
    } catch (cause) {
      throw new AppError('FILE_UNREADABLE', `cannot read ${file}`, { cause });
    } finally {
      await handle?.close();
    }
  }
}

const FILE_CHUNK_BYTES = 256 * 1024;

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  return new TextEncoder().encode(String(chunk));
}
