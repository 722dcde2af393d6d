import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

interface Person {
  id: string;
  displayName: string;
}
interface Organization {
  id: string;
  name: string;
}

/** A demo organization with at least four current people, read through the API as the page would. */
async function organizationWithPeople(
  page: Page,
): Promise<{ org: Organization; people: Person[] }> {
  const orgs = await page.request.get(`${baseUrl()}/api/organizations?status=active&pageSize=100`);
  for (const org of ((await orgs.json()) as { items: Organization[] }).items) {
    const res = await page.request.get(
      `${baseUrl()}/api/organizations/${org.id}/contacts?pageSize=100`,
    );
    const people = ((await res.json()) as { items: Person[] }).items;
    // Distinct names, so that typing a name finds that one person first.
    const distinct = people.filter(
      (p, i) => people.findIndex((q) => q.displayName === p.displayName) === i,
    );
    if (distinct.length >= 4) return { org, people: distinct.slice(0, 4) };
  }
  throw new Error('no demo organization has four people');
}

/** Focuses a control and presses a key on it: the flow below never touches the mouse. */
async function press(page: Page, label: string, key: string, role?: 'button') {
  const control = role
    ? page.getByRole(role, { name: label })
    : page.getByLabel(label, { exact: true });
  await control.focus();
  await page.keyboard.press(key);
}

describe('logging a meeting at the door in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openBrowser());
    await signIn(page, 'staff');
  });
  afterAll(() => context?.close());

  it('logs five attendees, one a walk-in, with the keyboard only, and shows it on the organization', async () => {
    const { org, people } = await organizationWithPeople(page);
    const stamp = Date.now().toString(36);
    const title = `Door test assembly ${stamp}`;
    await page.goto(`${baseUrl()}/meetings/new`);

    await page.getByLabel('Title', { exact: true }).focus();
    await page.keyboard.type(title);

    // Four members: type the name, Enter adds the first match, the box is ready for the next.
    const box = page.getByRole('combobox', { name: 'Find a person' });
    const attendees = page.getByRole('list', { name: 'Attendees' });
    for (const [i, person] of people.entries()) {
      await box.focus();
      await page.keyboard.type(person.displayName);
      await page
        .getByRole('option', { name: new RegExp(person.displayName) })
        .first()
        .waitFor();
      await page.keyboard.press('Enter');
      await attendees.getByRole('listitem').nth(i).waitFor();
      await attendees.getByText(person.displayName, { exact: false }).first().waitFor();
    }

    // A walk-in, typed in and added with Enter.
    await press(page, 'Add a walk-in', 'Enter', 'button');
    await page.getByLabel('Walk-in first name').focus();
    await page.keyboard.type('Walkiria');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Door ${stamp}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`walkin-${stamp}@example.org`);
    await page.keyboard.press('Enter');
    await attendees.getByText(`Walkiria Door ${stamp}`).waitFor();
    expect(await attendees.getByRole('listitem').count()).toBe(5);

    await press(page, 'Save meeting', 'Enter', 'button');
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title }).waitFor();
    for (const person of people)
      await page.getByRole('link', { name: person.displayName }).first().waitFor();
    await page.getByText(`Walkiria Door ${stamp}`).first().waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('meeting'), fullPage: true });

    // The organization's Meetings tab lists it, its people counted for it.
    await page.goto(`${baseUrl()}/organizations/${org.id}`);
    await page.getByRole('tab', { name: 'Meetings' }).click();
    await page.getByRole('link', { name: title }).waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('organization-meetings'), fullPage: true });
  });
});
