/** Webhook sender: one JSON POST with a timeout. Failures are returned, never thrown (the outbox retries). */
import type { WebhookOutcome, WebhookPort } from '../../core/track/ports.js';

/** A WebhookPort on the global fetch; only http(s) URLs are attempted. */
export function createWebhookSender(opts: { readonly userAgent: string }): WebhookPort {
  return {
    async postJson(url, body, { timeoutMs }): Promise<WebhookOutcome> {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        return { ok: false, error: 'not a URL' };
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return { ok: false, error: `refused scheme ${u.protocol}` };
      }
      try {
        const res = await fetch(u, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': opts.userAgent },
          body: JSON.stringify(body),
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body?.cancel();
        return res.status >= 200 && res.status < 300
          ? { ok: true, status: res.status }
          : { ok: false, error: `HTTP ${res.status}` };
      } catch (e) {
        const name = e instanceof Error ? e.name : 'Error';
        return {
          ok: false,
          error:
            name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : `network error (${name})`,
        };
      }
    },
  };
}
