/**
 * Makes sure src/web/dist holds a build of the current UI sources before a browser test: a fresh
 * clone has no dist (it is gitignored), and a stale one would test yesterday's UI. Builds with
 * Vite's API and the project's config, into a temporary directory that is then swapped in, so a
 * server reading dist never sees it half-written.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('../../src/web/', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const CONFIG = join(WEB_ROOT, 'vite.config.ts');

/** Newest modification time (ms) of the files a build reads; unit tests do not count. */
function newestSourceMs(): number {
  let newest = Math.max(statSync(join(WEB_ROOT, 'index.html')).mtimeMs, statSync(CONFIG).mtimeMs);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(WEB_ROOT, 'ui'));
  return newest;
}

/** True when dist/index.html is missing or older than any UI source. */
export function isWebBuildStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSourceMs();
}

/** Builds the UI when stale; resolves to whether it built. */
export async function ensureWebBuild(): Promise<boolean> {
  if (!isWebBuildStale()) return false;
  // Imported here: only a stale tree pays for loading Vite.
  const { build } = await import('vite');
  const tmp = join(WEB_ROOT, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({
      configFile: CONFIG,
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
    const old = `${tmp}-old`;
    if (existsSync(WEB_DIST)) renameSync(WEB_DIST, old);
    try {
      renameSync(tmp, WEB_DIST);
    } catch (e) {
      // Another test file's build landed between the two renames: its dist is as fresh as ours.
      const code = e instanceof Error && 'code' in e ? e.code : undefined;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}
