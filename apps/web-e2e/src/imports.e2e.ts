import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

interface Organization {
  name: string;
  city: string;
}

/** A member organization of the demo, read through the API as the page would. */
async function demoOrganization(page: Page): Promise<Organization> {
  const res = await page.request.get(`${baseUrl()}/api/organizations?status=active&pageSize=1`);
  const [org] = ((await res.json()) as { items: Organization[] }).items;
  if (!org) throw new Error('the demo has no active organization');
  return org;
}

/**
 * A spreadsheet as people send them: semicolons, a header in its own words, a duplicate that
 * differs only by the case of its email, a bad email and a missing last name.
 */
function messyContactsFile(stamp: string, org: Organization): Buffer {
  const lines = [
    'Given name;Surname;E-mail;Employer;Employer town;Remarks',
    `Ana;Import ${stamp};ana.${stamp}@example.org;${org.name};${org.city};Met at the assembly`,
    `Ana;Import ${stamp};ANA.${stamp}@EXAMPLE.ORG;${org.name};${org.city};Same person again`,
    `Bruno;Import ${stamp};bruno at example;${org.name};${org.city};`,
    `Carla;;carla.${stamp}@example.org;;;No last name`,
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('importing contacts from a spreadsheet in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
    await signIn(page, 'organizer');
  });
  afterAll(() => context?.close());

  it('uploads a CSV, fixes a mapping, reviews the preview, runs it and downloads the failures', async () => {
    const stamp = Date.now().toString(36);
    const org = await demoOrganization(page);
    await page.goto(`${baseUrl()}/imports/new`);

    await page.getByRole('radio', { name: 'Contacts (with their organization and role)' }).check();
    await page.locator('input[type=file]').setInputFiles({
      name: `members-${stamp}.csv`,
      mimeType: 'text/csv',
      buffer: messyContactsFile(stamp, org),
    });
    await page.waitForURL((url) => /^\/imports\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText('semicolon').waitFor();

    // The guess leaves "Remarks" to the person: map it to the notes.
    const remarks = page.getByRole('combobox', { name: 'Field for Remarks' });
    await remarks.click();
    await page.getByRole('option', { name: 'Notes', exact: true }).click();
    await page.getByRole('button', { name: 'Preview' }).click();

    await page.getByRole('tab', { name: 'New (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Duplicate of an earlier row in the file (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Invalid (2)' }).click();
    await page.getByText(/bruno at example/).first().waitFor();
    await page.screenshot({ path: screenshotPath('import-preview'), fullPage: true });

    await page.getByRole('button', { name: /^Import 1 rows?$/ }).click();
    await page.getByText('The import is done.').waitFor({ timeout: 60_000 });
    const summary = page.getByRole('group', { name: 'Summary' });
    await summary.getByText('Created').waitFor();
    expect(await summary.innerText()).toMatch(/Created\s*1\b/);
    await page.screenshot({ path: screenshotPath('import-done'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the failures (CSV)' }).click(),
    ]);
    const failures = readFileSync((await download.path()) ?? '', 'utf8');
    expect(failures).toContain('bruno at example');
    expect(failures).toContain(`ANA.${stamp}@EXAMPLE.ORG`);
    expect(failures).not.toContain(`ana.${stamp}@example.org;`);

    // The person is in the directory, with the organization.
    const found = await page.request.get(`${baseUrl()}/api/contacts?q=${encodeURIComponent(`Import ${stamp}`)}`);
    const people = ((await found.json()) as { items: { displayName: string }[] }).items;
    expect(people.map((p) => p.displayName)).toEqual([`Ana Import ${stamp}`]);
  });
});
