import { PGlite } from '@electric-sql/pglite';
import type { BrowserContext, Page } from 'playwright-core';
import { type AppServer, startAppServer, stopAppServer } from './support/app-server';
import { openBrowser, screenshotPath, signIn } from './support/browser';

/**
 * DOMAIN.md's organizer example, from the segment builder to a worked call list. This file runs
 * its own server on its own embedded database, so that after the run the database can be opened
 * here and the segment's count checked against SQL written by hand, not by the compiler.
 */

/** Picks options of an antd Select by its label; a multiple select is closed afterwards. */
async function choose(page: Page, label: string, ...options: string[]): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  const list = page.locator('.ant-select-dropdown:visible');
  for (const option of options) await list.getByTitle(option, { exact: true }).click();
  if (options.length > 1 || (await list.count()) > 0) await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
}

/** Adds a condition to the filter's root group and fills it in. */
async function addCondition(page: Page, n: number, field: string, fill: () => Promise<void>) {
  await page.getByRole('button', { name: 'Add condition to the filter' }).click();
  await choose(page, `Field of condition ${n}`, field);
  await fill();
}

/** The builder's live count, once no newer one is on its way: [organizations, contacts]. */
async function settledCounts(page: Page): Promise<[number, number]> {
  const counts = page.locator('h3[aria-live="polite"][aria-busy="false"]');
  await counts.waitFor();
  const match = /^(\d+) organizations? · (\d+) contacts?$/.exec((await counts.innerText()).trim());
  if (!match) throw new Error(`unexpected counts: ${await counts.innerText()}`);
  return [Number(match[1]), Number(match[2])];
}

/** The organizer example, written straight against the tables. */
const EXAMPLE_SQL = `
  SELECT count(DISTINCT o.id)::int AS organizations, count(DISTINCT c.id)::int AS contacts
    FROM organization o
    JOIN municipality m ON m.name = o.city
    JOIN interest i ON i.organization_id = o.id AND i.level IN ('active', 'leading')
    JOIN issue s ON s.id = i.issue_id AND s.title = 'Cover All Kids'
    JOIN affiliation a ON a.organization_id = o.id AND a.ended_on IS NULL
    JOIN contact c ON c.id = a.contact_id AND c.archived_at IS NULL
   WHERE o.archived_at IS NULL
     AND o.membership_status = 'active'
     AND o.kind IN ('health_center', 'community_group')
     AND m.county IN ('Worcester', 'Hampden')
     AND c.languages && ARRAY['es', 'pt']
     AND c.consent_phone_granted`;

describe('segments and outreach in a real browser', () => {
  let server: AppServer;
  let context: BrowserContext;
  let page: Page;
  let shown: [number, number] = [-1, -1];
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    server = await startAppServer();
    ({ context, page } = await openBrowser());
    await signIn(page, 'organizer', server.url);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    if (server) await stopAppServer(server);
  });

  it("builds the organizers' example with live counts and saves it", async () => {
    await page.goto(`${server.url}/segments/new`);
    await addCondition(page, 1, 'Organization kind', () =>
      choose(page, 'Kinds of condition 1', 'Health center / hospital', 'Community-based group'),
    );
    await addCondition(page, 2, 'Membership status', () =>
      choose(page, 'Statuses of condition 2', 'Active'),
    );
    const statewide = await settledCounts(page);
    await addCondition(page, 3, 'County', () =>
      choose(page, 'Counties of condition 3', 'Worcester', 'Hampden'),
    );
    await addCondition(page, 4, 'Interest in issue', async () => {
      await choose(page, 'Issues of condition 4', 'Cover All Kids');
      await choose(page, 'Lowest level of condition 4', 'Active or leading');
    });
    await addCondition(page, 5, 'Contact language', () =>
      choose(page, 'Languages of condition 5', 'Spanish', 'Portuguese'),
    );
    await addCondition(page, 6, 'Consented to', () =>
      choose(page, 'Channels of condition 6', 'Phone calls'),
    );
    shown = await settledCounts(page);
    // Each click narrowed the count the organizer watches.
    expect(shown[0]).toBeGreaterThan(0);
    expect(shown[0]).toBeLessThan(statewide[0]);
    await page.screenshot({ path: screenshotPath('segment-builder'), fullPage: true });

    await page.getByRole('button', { name: 'Save segment' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(`Cover All Kids callers ${stamp}`);
    await dialog.getByRole('button', { name: 'Save segment' }).click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: `Cover All Kids callers ${stamp}` }).waitFor();
  });

  it('turns the segment into a drive and logs three outcomes from the caller view', async () => {
    await page.getByRole('button', { name: 'Start a drive' }).click();
    await page.waitForURL(/\/outreach\?new=1&segmentId=/);
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Name', { exact: true }).fill(`Hearing calls ${stamp}`);
    await drawer
      .getByLabel('Script')
      .fill('Hi, this is the coalition calling about Cover All Kids.');
    await drawer.getByRole('button', { name: 'Create drive' }).click();
    await page.waitForURL(/\/outreach\/[0-9a-f-]{36}$/);
    const driveUrl = page.url();
    await page.getByRole('heading', { name: `Hearing calls ${stamp}` }).waitFor();

    // A first try with no answer; tried again, a message; the third time, a commitment.
    await page.getByRole('button', { name: 'Start calling' }).click();
    await page.waitForURL(/\/call$/);
    const outcomes = page.getByRole('group', { name: 'Log the outcome' });
    const logged = () =>
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().includes('/attempts') && r.ok(),
      );
    const passedOver = page.getByRole('button', { name: 'Try the ones I passed over' });
    // A try without a final outcome sets the person aside: the queue is asked again, skipping them.
    const askedPastThem = () =>
      page.waitForResponse(
        (r) => r.request().method() === 'GET' && /\/next\?.*skip=/.test(r.url()) && r.ok(),
      );
    for (const [outcome, note] of [
      ['No answer', ''],
      ['Left message', 'Left a message about the hearing'],
      ['Committed', 'Will testify at the hearing'],
    ]) {
      // The controls are enabled once the person in front of the caller has loaded.
      await outcomes.locator('button:enabled').first().waitFor();
      if (note)
        await page.getByPlaceholder('What they said, what to remember next time').fill(note);
      const saved = logged();
      const asked = outcome === 'Committed' ? undefined : askedPastThem();
      await outcomes.getByRole('button', { name: new RegExp(outcome) }).click();
      await saved;
      if (!asked) break;
      // Someone else next, or (a one-person list) the way back to the one just set aside.
      const next = (await (await asked).json()) as { target: unknown };
      if (next.target === null) await passedOver.click();
    }

    await page.goto(driveUrl);
    await page.getByLabel('Progress').getByText('Committed').first().waitFor();
    await page.getByText('Will testify at the hearing').waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.screenshot({ path: screenshotPath('outreach-drive'), fullPage: true });
  });

  it('counted exactly what hand-written SQL finds in the same database', async () => {
    await stopAppServer(server);
    const db = new PGlite(server.dataDir);
    try {
      const { rows } = await db.query<{ organizations: number; contacts: number }>(EXAMPLE_SQL);
      expect([rows[0].organizations, rows[0].contacts]).toEqual(shown);
    } finally {
      await db.close();
    }
  });
});
