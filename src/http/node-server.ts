/**
 * The app on a Node HTTP server. Security headers (the API's or the pages' set, by path) go on
 * with `res.setHeader` before Hono runs: Node merges them into the response, and a route's own
 * header (the web UI's CSP) wins.
 */
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { securityHeadersFor } from './app.js';
import type { AppEnv } from './types.js';

/** A Node server (not yet listening) that answers with `app`. */
export function createNodeServer(app: Hono<AppEnv>): Server {
  const listener = getRequestListener(app.fetch);
  return createServer((req, res) => {
    for (const [name, value] of securityHeadersFor(req.url ?? '/')) res.setHeader(name, value);
    void listener(req, res);
  });
}
