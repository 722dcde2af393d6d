import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

/** Picks an option of an antd Select (not searchable) by clicking it open and the option. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Types into the header search and opens the match titled `title` with the keyboard. */
async function searchAndOpen(page: Page, typed: string, title: string): Promise<void> {
  const box = page.getByLabel('Search the coalition');
  await box.fill(typed);
  await page.locator('.ant-select-dropdown:visible').getByText(title, { exact: true }).waitFor();
  await box.press('Enter');
}

describe('the member directory in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
    await signIn(page, 'organizer');
  });
  afterAll(() => context?.close());

  it('shows the demo priorities in three tiers of 3, 5 and 4', async () => {
    await page.goto(`${baseUrl()}/issues`);
    for (const [tier, count] of [
      [1, 3],
      [2, 5],
      [3, 4],
    ]) {
      const section = page.getByRole('region', { name: `Tier ${tier}` });
      await section.getByText(`${count} priorities`).waitFor();
      expect(await section.getByRole('combobox', { name: /^Rank of / }).count()).toBe(count);
    }
    await page.screenshot({ path: screenshotPath('issues'), fullPage: true });
  });

  it('creates an organization, marks its interest, adds a person, and finds both by search', async () => {
    const stamp = Date.now().toString(36);
    const orgName = `Centro Comunitário Browser ${stamp}`;
    const lastName = `Ortíz ${stamp}`;
    const drawer = page.getByRole('dialog');

    // A new organization, through the dashboard.
    await page.goto(`${baseUrl()}/organizations`);
    await page.getByRole('button', { name: /New organization/ }).click();
    await drawer.getByLabel('Name').fill(orgName);
    await drawer.getByLabel('Kind').fill('Community-based');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('Community-based group')
      .waitFor();
    await drawer.getByLabel('Kind').press('Enter');
    await drawer.getByLabel('City or town').fill('Lawrence');
    await page.locator('.ant-select-dropdown:visible').getByTitle('Lawrence (Essex)').waitFor();
    await drawer.getByLabel('City or town').press('Enter');
    await drawer.getByRole('button', { name: 'Create organization' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    const organizationUrl = page.url();
    await page.getByRole('heading', { name: orgName }).waitFor();

    // Its interest in a tier-1 priority, saved as soon as it is chosen.
    await page.getByRole('tab', { name: 'Issues' }).click();
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/interests/') && r.ok(),
    );
    await pick(page, 'Interest in Safe Communities Act', 'Leading');
    await saved;

    // A person who works there, added from the organization's Contacts tab.
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: /Add a person/ }).click();
    await page.waitForURL(/\/contacts\?new=1&organizationId=/);
    await drawer.getByLabel('First name').fill('Marisol');
    await drawer.getByLabel('Last name').fill(lastName);
    await drawer.getByText(orgName).waitFor();
    await pick(page, 'Role', 'Staff');
    await drawer.getByRole('button', { name: 'Create contact' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    const contactUrl = page.url();
    await page.getByRole('heading', { name: `Marisol ${lastName}` }).waitFor();

    // Both found through the header search, without accents or capitals.
    await searchAndOpen(page, `centro comunitario browser ${stamp}`, orgName);
    await page.waitForURL(organizationUrl);
    await searchAndOpen(page, `marisol ortiz ${stamp}`, `Marisol ${lastName}`);
    await page.waitForURL(contactUrl);

    // The organization's page shows the person and the interest.
    await page.goto(organizationUrl);
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: `Marisol ${lastName}` }).waitFor();
    await page.getByRole('tab', { name: 'Issues' }).click();
    const interest = page.getByRole('row', { name: /Safe Communities Act/ });
    await interest.getByText('Leading', { exact: true }).waitFor();
    await interest.getByRole('link', { name: 'Safe Communities Act' }).waitFor();
    // The picture shows the settled table, not the refetch after switching tabs.
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('organization-directory'), fullPage: true });
  });

  it('shows a campaign with progress toward its goals and its participants by role', async () => {
    await page.goto(`${baseUrl()}/campaigns`);
    await page.getByRole('link', { name: 'New Americans Vote' }).click();
    await page.getByRole('heading', { name: 'New Americans Vote' }).waitFor();
    await page.getByText('New voters registered').first().waitFor();
    await page.getByRole('heading', { name: /^Lead partners/ }).waitFor();
    await page.screenshot({ path: screenshotPath('campaign'), fullPage: true });
  });
});
