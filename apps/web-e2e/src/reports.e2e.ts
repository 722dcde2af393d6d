import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import type { BreakdownReport, SegmentFilter } from '@coalition/contracts';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

/** The filter the segment builder was opened on, read back from its address. */
function filterInUrl(page: Page): SegmentFilter {
  const filter = new URL(page.url()).searchParams.get('filter');
  if (!filter) throw new Error(`no filter in ${page.url()}`);
  return JSON.parse(filter) as SegmentFilter;
}

/** The values of the first condition on `field` in a flat filter. */
function valuesOf(filter: SegmentFilter, field: string): string[] {
  for (const child of filter.children) {
    if (child.type === 'condition' && child.field === field && 'values' in child) {
      return child.values as string[];
    }
  }
  throw new Error(`no ${field} condition in ${JSON.stringify(filter)}`);
}

/** "12 organizations · 30 contacts": the builder's live count, once it has counted. */
async function expectOrganizationCount(page: Page, count: number) {
  const noun = count === 1 ? 'organization' : 'organizations';
  await page.getByRole('heading', { name: new RegExp(`^${count} ${noun} ·`) }).waitFor();
}

/**
 * Vector drawing in a PDF: Chromium draws SVG charts and the map as paths ("x y l" line-to
 * operators) inside Flate-compressed content streams. Counting them tells drawn charts from a
 * page of text and empty boxes.
 */
function lineSegmentsIn(pdf: Buffer): number {
  let count = 0;
  const text = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const content = inflateSync(pdf.subarray(start, end)).toString('latin1');
      count += content.match(/[\d.-]+ [\d.-]+ l\b/g)?.length ?? 0;
    } catch {
      // Not a Flate stream (an image or a font): no drawing operators in it.
    }
  }
  return count;
}

describe('leadership reads the engagement reports in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
    await signIn(page, 'leadership');
  });
  afterAll(() => context?.close());

  it("lands on the overview, opens a county's members from the map and saves them as a segment", async () => {
    await page.waitForURL((url) => url.pathname === '/reports');
    await page.getByRole('group', { name: 'Active members' }).waitFor();
    const worcester = page.locator('a[aria-label^="Worcester:"]');
    await worcester.waitFor();
    const members = Number(/(\d+)/.exec((await worcester.getAttribute('aria-label')) ?? '')?.[1]);
    expect(members).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('reports-overview'), fullPage: true });

    await worcester.click();
    await page.waitForURL((url) => url.pathname === '/segments/new');
    expect(valuesOf(filterInUrl(page), 'organization.county')).toEqual(['Worcester']);
    await page.getByText(/^From a report: /).waitFor();
    await expectOrganizationCount(page, members);

    await page.getByRole('button', { name: 'Save segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save segment' });
    const name = await dialog.getByLabel('Name').inputValue();
    expect(name).toMatch(/Worcester/);
    await dialog.getByRole('button', { name: 'Save segment' }).click();
    await page.waitForURL((url) => /^\/segments\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole('heading', { level: 2, name }).waitFor();
    await expectOrganizationCount(page, members);
    await page.screenshot({ path: screenshotPath('segment-from-report') });
  });

  it('opens the members behind a bar of a breakdown, as many as the bar says', async () => {
    await page.goto(`${baseUrl()}/reports/breakdowns/kind`);
    const chart = page.getByRole('figure', { name: /^Members by organization kind/ });
    const bar = chart.locator('.recharts-bar-rectangle path').first();
    await bar.waitFor();
    await page.screenshot({ path: screenshotPath('reports-breakdown'), fullPage: true });

    await bar.click();
    await page.waitForURL((url) => url.pathname === '/segments/new');
    const filter = filterInUrl(page);
    const [kind] = valuesOf(filter, 'organization.kind');
    const [band] = valuesOf(filter, 'organization.engagementBand');
    const res = await page.request.get(`${baseUrl()}/api/reports/breakdowns/kind`);
    const report = (await res.json()) as BreakdownReport;
    const row = report.rows.find((r) => r.key === kind);
    expect(row).toBeDefined();
    await expectOrganizationCount(page, row?.bands[band as keyof typeof row.bands] ?? -1);
  });

  it('prints every report to a PDF with its charts and map drawn', async () => {
    await page.goto(`${baseUrl()}/reports/print`);
    const figures = page.getByRole('figure');
    // The map, three coverage tiers, five breakdowns, activity and campaign charts.
    await page.locator('figure svg').nth(9).waitFor();
    const count = await figures.count();
    for (let i = 0; i < count; i += 1) await figures.nth(i).locator('svg').first().waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    writeFileSync(join(tmpdir(), 'coalition-reports.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(1);
    // Measured on the demo: about 42,800 line segments over 20 pages, most of them the two maps'
    // county outlines and the charts' bars and lines; tables and text draw almost none.
    expect(lineSegmentsIn(pdf)).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });
});
