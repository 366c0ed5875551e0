/**
 * Follows a Server-Sent Events endpoint of the API with fetch(), not EventSource: EventSource
 * cannot send the Authorization header, and the alert stream needs a key. Reconnects after the
 * stream ends or the network drops (with Last-Event-ID and the server's retry advice), never
 * after an answer that says no (401/403/404…): that is shown, not retried.
 */
import { type ApiFailure, apiHeaders, failureOf } from './api.js';
import { createSseParser, type SseEvent } from './sse-parser.js';

export interface SseHandlers {
  /** The stream is open (the server answered 200). */
  readonly onOpen: () => void;
  readonly onEvent: (e: SseEvent) => void;
  /** The server refused the stream; no retry follows. */
  readonly onRefused: (e: ApiFailure) => void;
  /** The connection dropped; a retry follows after `retryMs`. */
  readonly onDropped: (retryMs: number) => void;
}

const DEFAULT_RETRY_MS = 3000;
const MAX_RETRY_MS = 60_000;

/** Opens `path` and keeps following it until the returned function is called. */
export function followEvents(path: string, handlers: SseHandlers): () => void {
  const stop = new AbortController();
  let lastId: string | null = null;
  let retryMs = DEFAULT_RETRY_MS;

  const once = async (): Promise<'again' | 'stop'> => {
    const headers = apiHeaders('text/event-stream');
    if (lastId !== null) headers.set('last-event-id', lastId);
    const res = await fetch(path, { headers, signal: stop.signal, cache: 'no-store' });
    if (!res.ok || !res.body) {
      handlers.onRefused(await failureOf(res, { path }));
      return 'stop';
    }
    handlers.onOpen();
    const parser = createSseParser();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const e of parser.push(value)) {
        lastId = e.id;
        handlers.onEvent(e);
      }
      retryMs = Math.min(parser.retryMs ?? retryMs, MAX_RETRY_MS);
    }
    return 'again';
  };

  void (async () => {
    while (!stop.signal.aborted) {
      try {
        if ((await once()) === 'stop') return;
      } catch (e) {
        // Aborted by the view going away: done. Anything else is a dropped connection: retry.
        if (stop.signal.aborted) return;
        if (!(e instanceof TypeError) && !(e instanceof DOMException)) throw e;
      }
      handlers.onDropped(retryMs);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          stop.signal.removeEventListener('abort', wake);
          resolve();
        };
        const timer = setTimeout(wake, retryMs);
        stop.signal.addEventListener('abort', wake);
      });
    }
  })();
  return () => stop.abort();
}
