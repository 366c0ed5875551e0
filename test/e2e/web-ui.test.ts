/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against the real
 * `tocsin serve` on a loopback port: the two seed stories, keyboard use, a phone-sized screen, the
 * reader side (published report, notes, votes, /go) and the language switch. Builds the UI first
 * when src/web/dist is missing or stale. Never leaves 127.0.0.1: the page may call only its
 * server, and the server's DNS and RDAP point at closed loopback ports.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PageWatch, watchPage } from '../support/browser.js';
import { freePort } from '../support/free-port.js';
import { runCli } from '../support/run-cli.js';
import { type RunningServer, startTocsinServer } from '../support/tocsin-server.js';
import { ensureWebBuild } from '../support/web-build.js';

// The browser globals the page functions below use: this file compiles without the DOM lib, and
// these declarations are local to the module.
interface FocusTarget {
  readonly id: string;
  readonly tagName: string;
  readonly textContent: string | null;
  matches(selector: string): boolean;
}
declare const document: {
  readonly scrollingElement: { readonly scrollWidth: number } | null;
  readonly activeElement: FocusTarget | null;
  readonly body: unknown;
};
declare const window: { readonly innerWidth: number };
declare function getComputedStyle(el: FocusTarget): { outlineStyle: string; outlineWidth: string };

const SMS =
  '【中国移动】尊敬的客户，您的积分即将清零，可兑换现金礼包，请登录 10086wds.cn 按提示下载客户端领取';
const ARTICLE = readFileSync(new URL('../fixtures/web/seed-article.txt', import.meta.url), 'utf8');
const XSS = '<img src=x onerror=alert(1)>';
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PHONE = { width: 375, height: 740 } as const;

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let analystKey: string;

/** An analyst key made with the CLI before the server starts (the documented way). */
async function createAnalystKey(dir: string): Promise<string> {
  const r = await runCli([
    'keys',
    'create',
    '--role',
    'analyst',
    '--name',
    'e2e',
    '--json',
    '--data-dir',
    dir,
  ]);
  expect(r.code, r.stderr).toBe(0);
  // The documented --json record of `tocsin keys create`; only `key` is read.
  const { key } = JSON.parse(r.stdout) as { key: string };
  expect(key).toMatch(/^tocsin_/);
  return key;
}

interface Ui {
  readonly page: Page;
  readonly watch: PageWatch;
  /** `Refused to …` console lines: what the Content-Security-Policy blocked. */
  readonly cspViolations: string[];
}

const opened: { context: BrowserContext; ui: Ui }[] = [];

/** A fresh browser context (empty storage) on the UI at `hash`, English unless told. */
async function openUi(
  hash: string,
  opts: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<Ui> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: opts.locale ?? 'en-US',
    reducedMotion: 'reduce',
  });
  // Below the test's own timeout, so a missing element fails with its selector.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const watch = await watchPage(page, server.url);
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('Content Security Policy')) {
      cspViolations.push(m.text());
    }
  });
  await page.goto(`${server.url}/${hash}`);
  await page.locator('h1').first().waitFor();
  const ui = { page, watch, cspViolations };
  opened.push({ context, ui });
  return ui;
}

/** Pastes the key in Settings and saves it, as a user would. */
async function saveKeyInSettings(page: Page, key: string): Promise<void> {
  await page.goto(`${server.url}/#/settings`);
  await page.locator('#api-key').fill(key);
  await page.getByRole('button', { name: 'Save key' }).click();
  await page.getByText('Key saved for this tab.').waitFor();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** The text of every cell, row by row, of the table with `data-testid` `testId`. */
function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((rows) =>
    // Table rows (tbody tr): `cells` is the row's td list.
    rows.map((r) =>
      [...(r as unknown as { cells: Iterable<{ textContent: string | null }> }).cells].map(
        (c) => c.textContent ?? '',
      ),
    ),
  );
}

/** True when the page is no wider than the window: nothing to scroll sideways. */
function fitsWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    innerWidth: window.innerWidth,
  }));
}

async function checkSms(page: Page): Promise<void> {
  await page.locator('#sms-text').fill(SMS);
  await page.locator('#sms-sender').fill('10086');
  await page.locator('#sms-text').press('Control+Enter');
  await page.getByTestId('verdict').waitFor();
}

async function extractArticle(page: Page): Promise<void> {
  await page.locator('#report-text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Extract indicators' }).click();
  await page.getByTestId('ioc-graph').waitFor();
}

/**
 * Submits the seed article over the API as a published report; resolves to its id. The title is
 * appended to the text: report ids come from the content, and each test needs its own report.
 */
async function publishArticle(title: string): Promise<string> {
  const text = `${ARTICLE}\n${title}\n`;
  const res = await fetch(`${server.url}/v1/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${analystKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text, title, published: true, tags: ['carbanak'] }),
  });
  expect(res.status).toBe(201);
  // The documented answer of POST /v1/reports; only the id is read.
  const body = (await res.json()) as { report: { id: string } };
  return body.report.id;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Before the server starts: it reads the built UI once, at start-up.
  await ensureWebBuild();
  dataDir = mkdtempSync(join(tmpdir(), 'tocsin-web-ui-'));
  analystKey = await createAnalystKey(dataDir);
  // Nothing listens there: the server's DNS and RDAP lookups fail at once, offline.
  const closed = await freePort();
  server = await startTocsinServer(dataDir, {
    TOCSIN_LOG__LEVEL: 'silent',
    TOCSIN_DNS__RESOLVER: `127.0.0.1:${closed}`,
    TOCSIN_RDAP__BASE_URL: `http://127.0.0.1:${closed}/`,
  });
  browser = await launchBrowser();
}, 240_000);

afterEach(async () => {
  const done = opened.splice(0);
  for (const { ui } of done) {
    expect(ui.watch.errors, 'uncaught page errors').toEqual([]);
    expect(ui.watch.dialogs, 'dialogs').toEqual([]);
    expect(ui.watch.offOrigin, 'requests off 127.0.0.1').toEqual([]);
    expect(ui.cspViolations, 'CSP violations').toEqual([]);
  }
  await Promise.all(done.map(({ context }) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('web UI (Chromium, real server)', () => {
  it('serves the UI at / with its CSP', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const { page } = await openUi('');
    expect(await page.title()).toBe('Tocsin');
  });

  it('checks the fake 10086 SMS: smishing, China Mobile, evidence marked in the text', async () => {
    const { page } = await openUi('#/sms');
    await checkSms(page);
    expect(await page.getByTestId('verdict').textContent()).toBe('smishing');
    expect(await page.getByTestId('brand').textContent()).toBe('China Mobile');
    const marked = page.getByTestId('sms-marked');
    // The marks cut the message, never change it.
    expect(await marked.textContent()).toBe(SMS);
    const marks = await marked
      .locator('mark')
      .evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-codes')]));
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks).toContainEqual(['10086wds.cn', expect.stringContaining('LINK_LOOKALIKE_DOMAIN')]);
    expect(marks.some(([text]) => text?.includes('中国移动'))).toBe(true);
    expect(marks.some(([text]) => text?.includes('积分'))).toBe(true);
    const codes = (await tableRows(page, 'signals')).map((r) => r[0]);
    expect(codes).toContain('BRAND_LINK_NOT_OFFICIAL');
    await screenshot(page, 'sms');
  });

  it('extracts the seed article: systemsvc.net -> 213.24.76.23 -> AS8342 in table and graph', async () => {
    const { page } = await openUi('#/sms');
    // Enrichment needs a key (reader or above): pasted in Settings like a user would.
    await saveKeyInSettings(page, analystKey);
    await page.goto(`${server.url}/#/extract`);
    await extractArticle(page);

    const iocs = (await tableRows(page, 'ioc-table')).map((r) => [r[0], r[1], r[2]]);
    expect(iocs).toEqual([
      ['domain', 'systemsvc.net', 'systemsvc[.]net'],
      ['ipv4', '213.24.76.23', '213.24.76[.]23'],
      ['asn', 'AS8342', 'AS8342'],
    ]);
    const relations = (await tableRows(page, 'relation-table')).map((r) => [r[0], r[1], r[2]]);
    expect(relations).toEqual([
      ['systemsvc.net', 'resolves-to', '213.24.76.23'],
      ['213.24.76.23', 'belongs-to', 'AS8342'],
    ]);

    const graph = page.getByTestId('ioc-graph');
    const edges = await graph
      .locator('path[data-edge]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    expect(edges).toEqual(
      expect.arrayContaining([
        'domain:systemsvc.net -> address:213.24.76.23',
        'address:213.24.76.23 -> as:as8342',
        'as:as8342 -> org:jsc rtcomm.ru',
      ]),
    );
    const nodeText = (id: string): Promise<string | null> =>
      graph.locator(`g[data-node="${id}"]`).textContent();
    expect(await nodeText('domain:systemsvc.net')).toContain('systemsvc.net');
    expect(await nodeText('as:as8342')).toContain('AS8342');
    expect(await nodeText('org:jsc rtcomm.ru')).toContain('JSC RTComm.RU');
    // Offline enrichment flags the address: AS8342 is state-owned (Rostelecom).
    const address = await nodeText('address:213.24.76.23');
    expect(address).toContain('213.24.76.23');
    expect(address).toContain('state-owned network');
    await screenshot(page, 'extract');

    // An analyst saves it as a published report from the same view.
    await page.locator('#publish-title').fill('Carbanak C2 on an FSB address (UI)');
    await page.getByRole('button', { name: 'Save as report' }).click();
    const status = page.getByTestId('publish-status');
    await status.getByRole('link', { name: 'Open report' }).click();
    await page.getByTestId('report-content').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Carbanak C2 on an FSB address (UI)');
  });

  it('reaches and submits the SMS form with the keyboard alone, focus always visible', async () => {
    const { page } = await openUi('#/sms');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (el === null || el === document.body) return null;
        const cs = getComputedStyle(el);
        return {
          id: el.id,
          tag: el.tagName.toLowerCase(),
          text: (el.textContent ?? '').trim(),
          visible: el.matches(':focus-visible') && cs.outlineStyle !== 'none',
          outlinePx: Number.parseFloat(cs.outlineWidth),
        };
      });
    const seen: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      expect(f, `Tab ${i + 1} focuses something`).not.toBeNull();
      if (!f) return;
      seen.push(f.id || f.text);
      expect(f.visible, `focus on ${f.tag} ${f.id || f.text} is visible`).toBe(true);
      expect(f.outlinePx).toBeGreaterThanOrEqual(2);
      if (f.id === 'sms-text') break;
    }
    expect(seen[0]).toBe('Skip to content');
    expect(seen.at(-1)).toBe('sms-text');
    await page.keyboard.insertText(SMS);
    await page.keyboard.press('Tab');
    expect((await focused())?.id).toBe('sms-sender');
    await page.keyboard.type('10086');
    await page.keyboard.press('Tab');
    const button = await focused();
    expect(button?.text).toBe('Check message');
    expect(button?.visible).toBe(true);
    await screenshot(page, 'sms-keyboard-focus');
    await page.keyboard.press('Enter');
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toBe('smishing');
  });

  it('fits a 375 px phone screen: no sideways scrolling in the SMS and report views', async () => {
    const { page } = await openUi('#/sms', { viewport: PHONE });
    await checkSms(page);
    const sms = await fitsWidth(page);
    expect(sms.scrollWidth).toBeLessThanOrEqual(sms.innerWidth);
    await screenshot(page, 'sms-phone');

    await saveKeyInSettings(page, analystKey);
    await page.goto(`${server.url}/#/extract`);
    await extractArticle(page);
    const extract = await fitsWidth(page);
    expect(extract.scrollWidth).toBeLessThanOrEqual(extract.innerWidth);
    await screenshot(page, 'extract-phone');

    const id = await publishArticle('Carbanak C2 (phone)');
    await page.goto(`${server.url}/#/reports/${encodeURIComponent(id)}`);
    await page.getByTestId('report-content').waitFor();
    const report = await fitsWidth(page);
    expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
    await screenshot(page, 'report-phone');
  });

  it('lets a reader without a key list and read a published report with notes and votes', async () => {
    const title = 'From a fake 10086 SMS to Carbanak’s C2';
    const id = await publishArticle(title);
    const { page } = await openUi('#/sms');
    await saveKeyInSettings(page, analystKey);
    await page.goto(`${server.url}/#/reports/${encodeURIComponent(id)}`);
    await page.getByTestId('report-content').waitFor();
    await page.locator('#note-text').fill(XSS);
    await page.getByRole('button', { name: 'Post note' }).click();
    await page.getByTestId('notes').locator('li').first().waitFor();
    await page.getByTestId('vote-up').click();
    await page.getByText('Vote recorded.').waitFor();

    // Forget the key: from here on the page is an anonymous reader.
    await page.goto(`${server.url}/#/settings`);
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByText('Key forgotten.').waitFor();
    await page.goto(`${server.url}/#/reports`);
    await page.getByRole('link', { name: title }).click();
    await page.getByTestId('report-content').waitFor();

    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByTestId('report-content').textContent()).toContain('systemsvc[.]net');
    const iocs = (await tableRows(page, 'report-iocs')).map((r) => [r[0], r[1]]);
    expect(iocs).toEqual([
      ['domain', 'systemsvc.net'],
      ['ipv4', '213.24.76.23'],
      ['asn', 'AS8342'],
    ]);
    expect(await page.getByTestId('vote-up').textContent()).toBe('Useful (1)');
    expect(await page.getByTestId('vote-up').isDisabled()).toBe(true);
    const notes = page.getByTestId('notes');
    // The markup is shown as text and builds nothing: no element, no handler, no dialog.
    expect(await notes.locator('.note-text').allTextContents()).toEqual([XSS]);
    expect(await notes.locator('img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await notes.locator('li small').first().textContent()).toContain('e2e');
    await page.getByTestId('notes-need-key').waitFor();
    expect(await page.locator('#note-text').count()).toBe(0);
    await screenshot(page, 'report-reader');
    await page.goto(`${server.url}/#/reports`);
    await page.getByRole('link', { name: title }).waitFor();
    await screenshot(page, 'reports');
  });

  it('shows an analyst the indicator page, the watch list and the live alerts', async () => {
    const id = await publishArticle('Carbanak C2 (analyst views)');
    const { page } = await openUi('#/sms');
    await saveKeyInSettings(page, analystKey);

    await page.goto(`${server.url}/#/indicators/ipv4/213.24.76.23`);
    const enrichment = page.getByTestId('enrichment');
    await enrichment.getByText('AS8342 JSC RTComm.RU', { exact: false }).first().waitFor();
    expect(await enrichment.textContent()).toContain('state-owned network');
    await page.getByTestId('indicator-reports').getByRole('link').first().waitFor();
    const reportLinks = await page
      .getByTestId('indicator-reports')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(reportLinks).toContain(`#/reports/${encodeURIComponent(id)}`);
    await screenshot(page, 'indicator');

    await page.goto(`${server.url}/#/watches`);
    await page.locator('#watch-domain').fill('systemsvc.example');
    await page.getByRole('button', { name: 'Add to watch list' }).click();
    await page.getByText('Now watching systemsvc.example.').waitFor();
    await page.getByTestId('watch-list').getByRole('link', { name: 'systemsvc.example' }).waitFor();
    await screenshot(page, 'watches');
    await page.getByRole('button', { name: 'Remove systemsvc.example' }).click();
    await page.getByText('No longer watching systemsvc.example.').waitFor();

    await page.goto(`${server.url}/#/alerts`);
    await page.getByText('Connected: new alerts appear here.').waitFor();
    await screenshot(page, 'alerts');
  });

  it('warns on /go for a China Mobile lookalike and offers a continue link', async () => {
    const target = 'http://10086wds.cn/x';
    const { page } = await openUi('#/sms');
    const res = await page.goto(`${server.url}/go?url=${encodeURIComponent(target)}`);
    // The continue button must not be framed by another site (clickjacking).
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const verdict = page.getByRole('status');
    expect(await verdict.getAttribute('data-verdict')).toBe('lookalike');
    const text = await verdict.textContent();
    expect(text).toContain('Lookalike');
    expect(text).toContain('China Mobile');
    const go = page.locator('#continue');
    expect(await go.getAttribute('href')).toBe(target);
    expect(await go.textContent()).toContain('10086wds.cn');
    await screenshot(page, 'go');
  });

  it('switches to Chinese and keeps it', async () => {
    const { page } = await openUi('#/sms');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: '短信检测' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('检测短信');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('检测短信');
    await checkSms(page);
    expect(await page.getByTestId('verdict').textContent()).toBe('短信诈骗（smishing）');
    await screenshot(page, 'sms-zh');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: 'Check SMS' }).waitFor();
  });
});
