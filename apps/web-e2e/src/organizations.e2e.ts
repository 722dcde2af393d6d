import type { BrowserContext, Page } from 'playwright-core';
import type { OrganizationListResponse } from '@coalition/contracts';
import { baseUrl, openBrowser, screenshotPath } from './support/browser';

describe('the organization directory in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
  });
  afterAll(() => context?.close());

  it('lists the demo coalition, finds an organization by search and opens it', async () => {
    // Pick a real demo organization through the API, then find it the way a person would.
    const res = await fetch(`${baseUrl()}/api/organizations?pageSize=1&sort=-joinedOn`);
    const { items, total } = (await res.json()) as OrganizationListResponse;
    expect(total).toBeGreaterThanOrEqual(150);
    const target = items[0];

    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/organizations/);
    await page.getByRole('row').nth(1).waitFor();
    await page.getByText(`${total.toLocaleString('en-US')} organizations`).waitFor();
    await page.screenshot({ path: screenshotPath('organizations'), fullPage: false });

    await page.getByLabel('Search organizations').fill(target.name);
    await page.waitForURL((url) => url.searchParams.get('q') === target.name);
    const link = page.getByRole('link', { name: target.name, exact: true });
    await link.waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // header + the one match

    await link.click();
    await page.waitForURL(new RegExp(`/organizations/${target.id}$`));
    await page.getByRole('heading', { name: target.name }).waitFor();
    await page.getByText(target.city, { exact: false }).first().waitFor();
    await page.screenshot({ path: screenshotPath('organization-detail'), fullPage: true });
  });

  it('keeps the list view in the URL so it can be shared and reloaded', async () => {
    await page.goto(`${baseUrl()}/organizations?county=Suffolk&sort=-joinedOn&page=1`);
    await page.getByRole('row').nth(1).waitFor();
    const api = await fetch(`${baseUrl()}/api/organizations?county=Suffolk&sort=-joinedOn&pageSize=1`);
    const { items } = (await api.json()) as OrganizationListResponse;
    await page.getByRole('link', { name: items[0].name, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: items[0].name, exact: true }).waitFor();
  });

  it('shows a clear not-found page for an unknown organization', async () => {
    await page.goto(`${baseUrl()}/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00`);
    await page.getByText('Organization not found').waitFor();
  });
});
