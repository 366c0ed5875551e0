/**
 * An incremental Server-Sent Events parser (the WHATWG event-stream format): feed it text as it
 * arrives, in chunks cut anywhere, and it returns the events completed so far. Pure; used by
 * sse-client.ts, which exists because EventSource cannot send an Authorization header.
 */

export interface SseEvent {
  /** The `event:` field; `message` when absent. */
  readonly event: string;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** The last `id:` seen on the stream so far (it carries over to later events), or null. */
  readonly id: string | null;
}

export interface SseParser {
  /** Parses `chunk` (any cut) and returns the events it completed. */
  push(chunk: string): SseEvent[];
  /** The server's `retry:` advice in ms, or null. */
  readonly retryMs: number | null;
}

/** A fresh parser for one stream. */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let hasData = false;
  let lastId: string | null = null;
  let retryMs: number | null = null;
  let first = true;

  const field = (line: string, out: SseEvent[]): void => {
    if (line === '') {
      if (hasData) out.push({ event: event || 'message', data: data.join('\n'), id: lastId });
      event = '';
      data = [];
      hasData = false;
      return;
    }
    if (line.startsWith(':')) return; // a comment, e.g. a keep-alive
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (name) {
      case 'event':
        event = value;
        break;
      case 'data':
        data.push(value);
        hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) lastId = value;
        break;
      case 'retry':
        if (/^\d{1,9}$/.test(value)) retryMs = Number(value);
        break;
      default:
        break; // unknown fields are ignored, as the format says
    }
  };

  return {
    push(chunk) {
      buffer += chunk;
      if (first && buffer.length > 0) {
        // A byte-order mark may open the stream, once.
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        first = false;
      }
      const out: SseEvent[] = [];
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer.charCodeAt(i);
        if (c !== 10 /* \n */ && c !== 13 /* \r */) continue;
        // A \r at the very end may be the first half of \r\n: wait for the next chunk.
        if (c === 13 && i === buffer.length - 1) break;
        field(buffer.slice(start, i), out);
        if (c === 13 && buffer.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
    get retryMs() {
      return retryMs;
    },
  };
}
