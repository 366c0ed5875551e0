/**
 * Launches Debian's Chromium (/usr/bin/chromium, installed by .ci/run) through playwright-core for
 * the web UI's end-to-end tests. Headless, no sandbox (CI runs as root), and with every background
 * service off: without those flags Chromium reaches for the Internet, which tests never do.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Starts a headless Chromium; throws with the fix when the binary is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium package (see .ci/run)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS] });
}

/** What a page did that a test should fail on: uncaught errors, dialogs, off-origin requests. */
export interface PageWatch {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly offOrigin: string[];
}

/**
 * Records uncaught page errors and dialogs (dismissing them), and aborts any request that leaves
 * `origin` (recording it): the UI must only ever call its own server.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], dialogs: [], offOrigin: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    // data: and blob: URLs never leave the page.
    if (/^(?:data|blob):/.test(url)) return route.continue();
    watch.offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  return watch;
}
