import type { ImportDetail } from '@coalition/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { requestedUrls, sentBodies } from '@/testing/fetch-mock';
import { fakeImportsApi } from '@/testing/import-api-fake';
import { buildImportDetail, buildImportRow } from '@/testing/import-factories';
import { renderApp } from '@/testing/render-app';

const organizer = buildMeResponse({ role: 'organizer' });
const COUNTS = { new: 100, update: 15, duplicate: 2, invalid: 3 };
const MAPPING = { columns: ['firstName', 'lastName', 'email', 'organizationName'] };

function previewed(overrides: Partial<ImportDetail> = {}): ImportDetail {
  return buildImportDetail({ status: 'previewed', mapping: MAPPING, counts: COUNTS, ...overrides });
}

function openImport(detail: ImportDetail) {
  return renderApp(`/imports/${detail.id}`, {
    session: organizer,
    userEvents: { pointerEventsCheck: 0 },
  });
}

beforeAll(() => import('@/features/imports'), 60_000);

describe('the preview and the run', { timeout: 30_000 }, () => {
  it('counts the rows per class and explains the problems in plain words', async () => {
    const detail = previewed();
    const { fetchMock } = fakeImportsApi({
      detail,
      rows: [
        buildImportRow({ rowNumber: 1, class: 'new' }),
        buildImportRow({
          rowNumber: 2,
          class: 'invalid',
          cells: ['Ana', 'Souza', 'ana@example', 'MIRA'],
          problems: [{ field: 'email', message: 'is not an email address' }],
          nearMatches: [
            {
              id: '70000000-0000-4000-8000-00000000aaaa',
              label: 'Ana Sousa',
              reason: 'same name at the same organization',
            },
          ],
        }),
        buildImportRow({
          rowNumber: 7,
          class: 'update',
          match: {
            id: '70000000-0000-4000-8000-00000000bbbb',
            label: 'Rosa Lima',
            reason: 'same email',
          },
        }),
      ],
    });
    const { user } = openImport(detail);

    // Tabs by their text: role queries are slow on this page under jsdom.
    const tabs = await screen.findByRole('tablist');
    expect(within(tabs).getByText('New (100)')).toBeInTheDocument();
    expect(within(tabs).getByText('Updates an existing record (15)')).toBeInTheDocument();
    expect(
      within(tabs).getByText('Duplicate of an earlier row in the file (2)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2 duplicate rows and 3 invalid rows will not be written'),
    ).toBeInTheDocument();

    await user.click(within(tabs).getByText('Invalid (3)'));
    expect(await screen.findByText('Email: is not an email address')).toBeInTheDocument();
    expect(screen.getByText('Ana Sousa').closest('a')).toHaveAttribute(
      'href',
      '/contacts/70000000-0000-4000-8000-00000000aaaa',
    );
    expect(screen.getByText(/Look at these/)).toBeInTheDocument();
    expect(
      requestedUrls(fetchMock).some(
        (u) => u.pathname.endsWith('/rows') && u.searchParams.get('class') === 'invalid',
      ),
    ).toBe(true);

    await user.click(within(tabs).getByText('Updates an existing record (15)'));
    const match = await screen.findByText('Rosa Lima');
    expect(within(match.closest('tr')!).getByText(/same email/)).toBeInTheDocument();
  });

  it('runs with the decisions taken, then follows the progress to the summary', async () => {
    const detail = previewed();
    const running = { ...detail, status: 'running' as const, processed: 60 };
    const done: ImportDetail = {
      ...detail,
      status: 'done',
      processed: 115,
      summary: { created: 0, updated: 15, skipped: 100, failed: 5 },
      finishedAt: '2025-03-04T15:06:00.000Z',
    };
    const { fetchMock } = fakeImportsApi({ detail, progress: [running, done] });
    const { user } = openImport(detail);

    const newRows = await screen.findByRole('radiogroup', { name: 'The 100 new rows' });
    await user.click(within(newRows).getByRole('radio', { name: 'Skip them' }));
    await user.click(await screen.findByRole('button', { name: 'Import 15 rows' }));

    expect(sentBodies(fetchMock, 'POST', `/api/imports/${detail.id}/run`)).toEqual([
      { new: 'skip', update: 'update' },
    ]);
    expect(await screen.findByText('Importing… 60 rows of 120 done')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();

    const summary = await screen.findByRole('group', { name: 'Summary' });
    expect(within(summary).getByText('Updated').closest('.ant-statistic')).toHaveTextContent('15');
    expect(within(summary).getByText('Failed').closest('.ant-statistic')).toHaveTextContent('5');
    expect(screen.getByRole('link', { name: /Download the failures \(CSV\)/ })).toHaveAttribute(
      'href',
      `/api/imports/${detail.id}/failures`,
    );
    expect(screen.getByRole('link', { name: 'Open the contacts' })).toHaveAttribute(
      'href',
      '/contacts',
    );
  });

  it('offers no failures file when every row went in', async () => {
    const detail = buildImportDetail({
      status: 'done',
      mapping: MAPPING,
      counts: { new: 120, update: 0, duplicate: 0, invalid: 0 },
      processed: 120,
      summary: { created: 120, updated: 0, skipped: 0, failed: 0 },
    });
    fakeImportsApi({ detail });
    openImport(detail);

    expect(await screen.findByRole('group', { name: 'Summary' })).toBeInTheDocument();
    expect(screen.getByText('The import is done.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download the failures/ })).not.toBeInTheDocument();
  });
});
