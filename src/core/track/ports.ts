/**
 * What tracking needs from the world, declared here and implemented at the edge: a resolver that
 * answers A/AAAA/CNAME/NS for one name, a describer of addresses (the enrichment), and a webhook
 * sender. The knowledge base is `KbStore` (core/kb/ports.ts).
 */
import type { Observation } from './types.js';

/** Resolves the tracked record types of one name. Never throws for DNS outcomes. */
export interface TrackResolverPort {
  resolveTracked(name: string, opts: { readonly signal: AbortSignal }): Promise<Observation>;
}

/** One phrase about an address: "213.24.76.23 (AS8342 JSC RTComm.RU, RU; state-owned network)". */
export interface TargetDescriberPort {
  describeTarget(ip: string): Promise<string>;
}

/** The outcome of one webhook POST. */
export type WebhookOutcome =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly error: string };

/** POSTs a JSON body to a URL. Never throws: failures are outcomes, retried by the outbox. */
export interface WebhookPort {
  postJson(
    url: string,
    body: unknown,
    opts: { readonly timeoutMs: number },
  ): Promise<WebhookOutcome>;
}
