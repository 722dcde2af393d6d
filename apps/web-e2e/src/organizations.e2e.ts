import type { BrowserContext, Page } from 'playwright-core';
import type { OrganizationListResponse } from '@coalition/contracts';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

describe('the organization directory in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
    await signIn(page, 'viewer');
  });
  afterAll(() => context?.close());

  it('lists the demo coalition, finds an organization by search and opens it', async () => {
    // Pick a real demo organization through the API, then find it the way a person would.
    const res = await page.request.get(`${baseUrl()}/api/organizations?pageSize=1&sort=-joinedOn`);
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
    const api = await page.request.get(
      `${baseUrl()}/api/organizations?county=Suffolk&sort=-joinedOn&pageSize=1`,
    );
    const { items } = (await api.json()) as OrganizationListResponse;
    await page.getByRole('link', { name: items[0].name, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: items[0].name, exact: true }).waitFor();
  });

  it('shows a clear not-found page for an unknown organization', async () => {
    await page.goto(`${baseUrl()}/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00`);
    await page.getByText('Organization not found').waitFor();
  });

  it('creates an organization, edits it, archives it, and the list no longer finds it', async () => {
    // A browser of its own, signed in as someone who may edit organizations.
    const own = await openBrowser();
    try {
      const p = own.page;
      await signIn(p, 'organizer');
      const name = `Chelsea Browser Test Collaborative ${Date.now()}`;
      const create = p.getByRole('dialog');
      /**
       * Types into an antd Select until the list narrows to `option`, then takes it with Enter:
       * the keyboard does not depend on where the list is drawn while the drawer slides in.
       */
      const choose = async (label: string, text: string, option: string) => {
        await create.getByLabel(label).fill(text);
        await p.locator('.ant-select-dropdown:visible').getByTitle(option).waitFor();
        await create.getByLabel(label).press('Enter');
        await create.locator(`.ant-select-content[title="${option}"]`).waitFor();
      };

      await p.goto(`${baseUrl()}/organizations`);
      await p.getByRole('button', { name: /New organization/ }).click();
      await create.getByLabel('Name').fill(name);
      await choose('Kind', 'Law firm', 'Law firm / legal services');
      await choose('City or town', 'Chelsea', 'Chelsea (Suffolk)');
      await create.getByLabel('Email').fill('hola@browser-test.example.org');
      await create.getByRole('button', { name: 'Create organization' }).click();

      await p.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
      await p.getByRole('heading', { name }).waitFor();

      await p.getByRole('button', { name: /Edit/ }).click();
      const edit = p.getByRole('dialog');
      await edit.getByLabel('Phone').fill('(617) 555-0142');
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await p.getByRole('link', { name: '(617) 555-0142' }).waitFor();

      await p.getByRole('button', { name: /Archive/ }).click();
      await p.getByRole('dialog').getByRole('button', { name: 'Archive', exact: true }).click();
      await p.getByText(/^Archived on /).waitFor();

      await p.goto(`${baseUrl()}/organizations`);
      await p.getByLabel('Search organizations').fill(name);
      await p.waitForURL((url) => url.searchParams.get('q') === name);
      await p.getByText('No organizations match these filters.').waitFor();
    } finally {
      await own.context.close();
    }
  });
});
