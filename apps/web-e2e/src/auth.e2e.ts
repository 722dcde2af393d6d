import { ROLES, ROLE_LABELS } from '@coalition/contracts';
import { baseUrl, openBrowser, screenshotPath, signIn } from './support/browser';

describe('signing in as each demo role', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const { context, page } = await openBrowser();
    try {
      await page.goto(`${baseUrl()}/organizations`);
      await page.waitForURL(/\/sign-in\?next=%2Forganizations/);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.screenshot({ path: screenshotPath('sign-in') });
    } finally {
      await context.close();
    }
  });

  it.each(ROLES)('shows the %s home page with the role in the header', async (role) => {
    const { context, page } = await openBrowser();
    try {
      await signIn(page, role);
      await page.getByText(ROLE_LABELS[role], { exact: true }).first().waitFor();
      await page.getByRole('row').nth(1).waitFor();
      const navigation = page.getByRole('navigation');
      const hasUsers = await navigation.getByText('Users', { exact: true }).count();
      const hasAudit = await navigation.getByText('Audit trail', { exact: true }).count();
      expect({ users: hasUsers > 0, audit: hasAudit > 0 }).toEqual({
        users: role === 'admin',
        audit: role === 'admin' || role === 'leadership',
      });
      await page.screenshot({ path: screenshotPath(`home-${role}`) });
    } finally {
      await context.close();
    }
  });

  it('keeps the viewer out of admin pages, away from contact details and from every export', async () => {
    const { context, page } = await openBrowser();
    try {
      await signIn(page, 'viewer');
      await page.goto(`${baseUrl()}/users`);
      await page.getByText('Not available to your role').waitFor();
      const api = await page.request.get(`${baseUrl()}/api/contacts?pageSize=50`);
      expect(api.status()).toBe(200);
      expect(JSON.stringify(await api.json())).not.toMatch(/@example\.(org|com|net)/);
      expect((await page.request.get(`${baseUrl()}/api/users`)).status()).toBe(403);

      // No download is offered, and asking the API for one directly is refused.
      await page.goto(`${baseUrl()}/organizations`);
      await page.getByRole('row').nth(1).waitFor();
      expect(await page.getByRole('link', { name: /Download CSV/ }).count()).toBe(0);
      const exportAttempt = await page.request.get(`${baseUrl()}/api/organizations/export`);
      expect(exportAttempt.status()).toBe(403);
      expect(exportAttempt.headers()['content-type']).not.toMatch(/text\/csv/);
    } finally {
      await context.close();
    }
  });
});
