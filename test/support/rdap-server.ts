/**
 * A local RDAP server on 127.0.0.1 replaying the hand-written answers in test/fixtures/rdap/
 * (`ip/<addr>` -> ip-<addr>.json, `domain/<name>` -> domain-<name>.json), plus hostile routes:
 * `/malformed/…` (not JSON), `/wrong/…` (JSON, not RFC 9083), `/huge/…` (a 5 MB body),
 * `/slow/…` (headers, then a body that never ends), `/deep/…` (JSON nested 40 000 levels).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/rdap/', import.meta.url));

export interface RdapServer {
  /** e.g. http://127.0.0.1:PORT/ — use as the RDAP base URL. */
  readonly baseUrl: string;
  /** Paths asked so far. */
  readonly requests: readonly string[];
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/rdap+json' });
  res.end(body);
}

function fixture(path: string): string | null {
  const m = /^\/(ip|domain)\/([A-Za-z0-9.:-]{1,100})$/.exec(path);
  if (!m) return null;
  try {
    return readFileSync(`${FIXTURES}${m[1]}-${m[2]}.json`, 'utf8');
  } catch {
    // No fixture for this query: the server answers 404 like a real RIR.
    return null;
  }
}

/** Starts the server on a free port. */
export async function startRdapServer(): Promise<RdapServer> {
  const requests: string[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    const [, mode, ...rest] = url.pathname.split('/');
    const sub = `/${rest.join('/')}`;
    switch (mode ?? '') {
      case 'malformed':
        return send(res, 200, '{"objectClassName": "ip network", ');
      case 'wrong':
        return send(res, 200, JSON.stringify({ objectClassName: 'banana', entities: 'none' }));
      case 'huge':
        return send(res, 200, `{"objectClassName":"ip network","name":"${'x'.repeat(5_000_000)}"}`);
      case 'deep':
        return send(res, 200, `${'['.repeat(40_000)}${']'.repeat(40_000)}`);
      case 'slow':
        open.add(res);
        res.writeHead(200, { 'content-type': 'application/rdap+json' });
        res.write('{"objectClassName": "ip network",');
        return undefined; // never ends: the client's timeout must fire
      case 'error':
        return send(res, 503, '{"errorCode": 503}');
      default: {
        const body = fixture(url.pathname) ?? fixture(sub);
        if (body === null) return send(res, 404, '{"errorCode": 404, "title": "Not Found"}');
        return send(res, 200, body);
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const r of open) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
