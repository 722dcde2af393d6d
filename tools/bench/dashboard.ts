/**
 * The dashboard as a person gets it: the gzipped size of what index.html loads before anything
 * shows (entry script, its modulepreloads, stylesheets), and, in headless Chromium, the time
 * from navigation to the first row of the organizations table and to the overview's KPIs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Page, chromium } from 'playwright-core';
import { type Latency, summarize } from './measure';
import { progress } from './progress';
import { ROOT } from './server';

const WEB_DIST = join(ROOT, 'apps/web/dist');
/** apps/web-e2e/src/support/browser.ts's flags. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BundleSize {
  jsGzipKb: number;
  cssGzipKb: number;
  files: { file: string; kb: number; gzipKb: number }[];
}

export interface PageTiming {
  /** The first visit, with an empty browser cache. */
  coldMs: number;
  /** Later visits, with the cache warm. */
  warm: Latency;
}

export interface DashboardResult {
  bundle: BundleSize;
  organizationsFirstRow?: PageTiming;
  overviewKpis?: PageTiming;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function initialBundle(): BundleSize {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const assets = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(assets)].map((file) => {
    const data = readFileSync(join(WEB_DIST, file));
    return { file, kb: kb(data.length), gzipKb: kb(gzipSync(data).length) };
  });
  const sum = (ext: string) =>
    Math.round(files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipKb, 0) * 10) /
    10;
  return { jsGzipKb: sum('.js'), cssGzipKb: sum('.css'), files };
}

export async function measureDashboard(
  baseUrl: string,
  password: string,
  runs: number,
): Promise<DashboardResult> {
  const bundle = initialBundle();
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // A machine without a browser still gets every other figure (the size above included).
  if (!existsSync(executablePath)) {
    progress(
      `dashboard: initial JS ${bundle.jsGzipKb} KB gzipped; no Chromium at ${executablePath} ` +
        '(apt-get install chromium, or set CHROMIUM_PATH): page timings skipped',
    );
    return { bundle };
  }
  progress(
    `dashboard: initial JS ${bundle.jsGzipKb} KB, CSS ${bundle.cssGzipKb} KB gzipped; Chromium…`,
  );
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  try {
    const timePage = async (
      email: string,
      path: string,
      ready: (page: Page) => Promise<void>,
    ): Promise<PageTiming> => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const login = await context.request.post(`${baseUrl}/api/auth/login`, {
        data: { email, password },
      });
      if (!login.ok()) throw new Error(`browser sign-in answered ${login.status()}`);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const samples: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const start = Date.now();
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
        await ready(page);
        samples.push(Date.now() - start);
      }
      await context.close();
      const [coldMs, ...warm] = samples;
      progress(`  ${path}: first visit ${coldMs} ms, then ${warm.join(', ')} ms`);
      return { coldMs, warm: summarize(warm) };
    };
    return {
      bundle,
      organizationsFirstRow: await timePage('organizer@example.org', '/organizations', (page) =>
        page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor(),
      ),
      overviewKpis: await timePage('leadership@example.org', '/reports', (page) =>
        page.getByRole('group', { name: 'Active members' }).waitFor(),
      ),
    };
  } finally {
    await browser.close();
  }
}
