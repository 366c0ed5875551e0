/** Reads the built web UI (src/web/dist) into memory: a few hundred KB, read once at start-up. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** A file's bytes and content type (http/web.ts serves these). */
export interface LoadedWebFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const MAX_FILES = 500;
const MAX_TOTAL_BYTES = 50_000_000;

/** Files under `dir` by URL path; an empty map when the UI is not built. */
export function loadWebFiles(dir: string): Map<string, LoadedWebFile> {
  const files = new Map<string, LoadedWebFile>();
  if (!existsSync(dir)) return files;
  let total = 0;
  const walk = (d: string, depth: number): void => {
    if (depth > 4) return;
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path, depth + 1);
      else if (st.isFile()) {
        const type = TYPES[extname(name).toLowerCase()];
        if (type === undefined || files.size >= MAX_FILES) continue;
        total += st.size;
        if (total > MAX_TOTAL_BYTES) return;
        const url = `/${relative(dir, path).split(sep).join('/')}`;
        files.set(url, { bytes: new Uint8Array(readFileSync(path)), contentType: type });
      }
    }
  };
  walk(dir, 0);
  return files;
}
