import type { OrganizationDetail } from '@coalition/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  sentBodies,
} from '@/testing/fetch-mock';
import { buildOrganizationDetail } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';
const DETAIL_PATH = `/api/organizations/${ID}`;

/** The API for one organization: GET answers `org`, PATCH answers what `onPatch` returns. */
function mockOrganizationApi(
  org: OrganizationDetail,
  onPatch: (body: unknown) => Response,
): FetchMock {
  return mockFetch((_url, init) =>
    init?.method === 'PATCH' && typeof init.body === 'string'
      ? onPatch(JSON.parse(init.body))
      : jsonResponse(org),
  );
}

async function openEditDrawer(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: /Edit/ }));
  // Not found by name: under test, antd gives every generated id the same value.
  return screen.findByRole('dialog');
}

async function replaceText(user: UserEvent, drawer: HTMLElement, label: string, text: string) {
  const box = within(drawer).getByRole('textbox', { name: label });
  await user.clear(box);
  await user.paste(text);
}

// These walk a long form with many antd pickers: give them room on a busy machine, and load
// the lazily imported drawer once up front rather than inside the first test's time.
beforeAll(async () => {
  await Promise.all([import('@/features/organizations'), import('./edit-organization-drawer')]);
}, 30_000);

describe('editing an organization', { timeout: 30_000 }, () => {
  it('sends only the changed fields, with the version it was read at', async () => {
    const org = buildOrganizationDetail({ id: ID, name: 'Casa Nueva', phone: null, version: 3 });
    const fetchMock = mockOrganizationApi(org, (body) =>
      jsonResponse({ ...org, ...(body as object), version: 4 }),
    );
    const { user } = renderApp(`/organizations/${ID}`);
    const drawer = await openEditDrawer(user);
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue('Casa Nueva');

    await replaceText(user, drawer, 'Phone', '(617) 555-0199');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PATCH', DETAIL_PATH)).toEqual([
        { phone: '(617) 555-0199', version: 3 },
      ]),
    );
    expect(await screen.findByText('Casa Nueva was saved.')).toBeInTheDocument();
  });

  it('says someone else saved first, and loads their version on request', async () => {
    const org = buildOrganizationDetail({ id: ID, name: 'Casa Nueva', version: 3 });
    const current = { ...org, name: 'Casa Nueva Chelsea', version: 4 };
    let patches = 0;
    const fetchMock = mockOrganizationApi(org, (body) =>
      ++patches === 1
        ? jsonResponse(
            {
              statusCode: 409,
              code: 'organization_version_conflict',
              message: 'This organization was changed by someone else (now version 4)',
              fields: [{ path: 'version', message: 'is stale: the current version is 4' }],
              current,
            },
            409,
          )
        : jsonResponse({ ...current, ...(body as object), version: 5 }),
    );
    const { user } = renderApp(`/organizations/${ID}`);
    const drawer = await openEditDrawer(user);

    await replaceText(user, drawer, 'Phone', '(617) 555-0199');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(drawer).findByText('Someone else changed this organization'),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Load latest' }));
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue('Casa Nueva Chelsea');
    expect(within(drawer).queryByText('Someone else changed this organization')).toBeNull();

    await replaceText(user, drawer, 'Phone', '(617) 555-0142');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PATCH', DETAIL_PATH).at(-1)).toEqual({
        phone: '(617) 555-0142',
        version: 4,
      }),
    );
  });

  it('shows a field the API refused on that field, in the units the form uses', async () => {
    const org = buildOrganizationDetail({ id: ID });
    mockOrganizationApi(org, () =>
      errorResponse({
        statusCode: 400,
        code: 'validation_failed',
        message: 'body field annualDuesCents: must be at most 100000000',
        fields: [{ path: 'annualDuesCents', message: 'must be at most 100000000' }],
      }),
    );
    const { user } = renderApp(`/organizations/${ID}`);
    const drawer = await openEditDrawer(user);

    await replaceText(user, drawer, 'Street address', '40 Broadway');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(drawer).findByText('Annual dues must be at most 100000000'),
    ).toBeInTheDocument();
    expect(within(drawer).getByRole('spinbutton', { name: 'Annual dues' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
