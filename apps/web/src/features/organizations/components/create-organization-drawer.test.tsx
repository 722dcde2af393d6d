import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { errorResponse, jsonResponse, mockFetch, sentBodies } from '@/testing/fetch-mock';
import { buildOrganizationDetail, buildOrganizationList } from '@/testing/factories';
import { renderApp } from '@/testing/render-app';

const NEW_ID = '6f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

async function openNewOrganizationDrawer(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: /New organization/ }));
  // Not found by name: under test, antd gives every generated id the same value.
  const drawer = await screen.findByRole('dialog');
  expect(within(drawer).getByText('New organization')).toBeInTheDocument();
  return drawer;
}

/** Types into a text box in one go (pasting), which keeps these long forms quick to test. */
async function fill(user: UserEvent, drawer: HTMLElement, label: string, text: string) {
  await user.click(within(drawer).getByRole('textbox', { name: label }));
  await user.paste(text);
}

/** Picks an option of an antd Select by typing part of it, as a person would. */
async function choose(user: UserEvent, drawer: HTMLElement, label: string, option: string) {
  const combobox = within(drawer).getByRole('combobox', { name: label });
  await user.click(combobox);
  await user.type(combobox, option.slice(0, 4));
  await user.click(await screen.findByTitle(option));
}

async function fillRequiredFields(user: UserEvent, drawer: HTMLElement, name: string) {
  await fill(user, drawer, 'Name', name);
  await choose(user, drawer, 'Kind', 'Law firm / legal services');
  await choose(user, drawer, 'City or town', 'Chelsea (Suffolk)');
}

// These walk a long form with many antd pickers: give them room on a busy machine, and load
// the lazily imported drawer once up front rather than inside the first test's time.
beforeAll(async () => {
  await Promise.all([import('@/features/organizations'), import('./create-organization-drawer')]);
}, 30_000);

describe('creating an organization', { timeout: 30_000 }, () => {
  it("shows the contract's errors for a blank name and a bad email without calling the API", async () => {
    const fetchMock = mockFetch(() => jsonResponse(buildOrganizationList([])));
    const { user } = renderApp('/organizations');
    const drawer = await openNewOrganizationDrawer(user);

    await fill(user, drawer, 'Name', '   ');
    await fill(user, drawer, 'Email', 'info at example');
    await user.click(within(drawer).getByRole('button', { name: 'Create organization' }));

    expect(await within(drawer).findByText('Name must not be blank')).toBeInTheDocument();
    expect(await within(drawer).findByText('Email must be an email address')).toBeInTheDocument();
    expect(await within(drawer).findByText('Kind is required')).toBeInTheDocument();
    expect(await within(drawer).findByText('City or town is required')).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'POST', '/api/organizations')).toEqual([]);
  });

  it("sends the form in the API's units, then opens the new organization", async () => {
    const created = buildOrganizationDetail({ id: NEW_ID, name: 'Chelsea Legal Collaborative' });
    const fetchMock = mockFetch((url, init) => {
      if (init?.method === 'POST') return jsonResponse(created, 201);
      return url.pathname === `/api/organizations/${NEW_ID}`
        ? jsonResponse(created)
        : jsonResponse(buildOrganizationList([]));
    });
    const { user, location } = renderApp('/organizations');
    const drawer = await openNewOrganizationDrawer(user);

    await fillRequiredFields(user, drawer, '  Chelsea Legal Collaborative ');
    await choose(user, drawer, 'Languages', 'Spanish');
    await user.click(within(drawer).getByRole('spinbutton', { name: 'Annual dues' }));
    await user.paste('1250.5');
    await fill(user, drawer, 'Joined on', 'Mar 5, 2024');
    await user.keyboard('{Enter}');
    await user.type(within(drawer).getByRole('combobox', { name: 'Tags' }), 'legal aid{Enter}');
    await user.click(within(drawer).getByRole('button', { name: 'Create organization' }));

    await waitFor(() => expect(location().pathname).toBe(`/organizations/${NEW_ID}`));
    expect(sentBodies(fetchMock, 'POST', '/api/organizations')).toEqual([
      expect.objectContaining({
        name: 'Chelsea Legal Collaborative',
        kind: 'legal_services',
        city: 'Chelsea',
        membershipStatus: 'prospective',
        languages: ['es'],
        tags: ['legal aid'],
        annualDuesCents: 125_050,
        joinedOn: '2024-03-05',
        duesPaidThrough: null,
      }),
    ]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Chelsea Legal Collaborative' }),
    ).toBeInTheDocument();
  });

  it("shows the API's duplicate-name answer on the name field", async () => {
    mockFetch((_url, init) =>
      init?.method === 'POST'
        ? errorResponse({
            statusCode: 409,
            code: 'organization_duplicate',
            message: 'An organization named "La Colaborativa" already exists in Chelsea',
            fields: [{ path: 'name', message: 'already exists in Chelsea' }],
          })
        : jsonResponse(buildOrganizationList([])),
    );
    const { user, location } = renderApp('/organizations');
    const drawer = await openNewOrganizationDrawer(user);

    await fillRequiredFields(user, drawer, 'La Colaborativa');
    await user.click(within(drawer).getByRole('button', { name: 'Create organization' }));

    // antd marks the field invalid at once but shows its message a tick later: wait for the text.
    expect(await within(drawer).findByText('Name already exists in Chelsea')).toBeInTheDocument();
    const nameInput = within(drawer).getByRole('textbox', { name: 'Name' });
    expect(nameInput).toHaveAttribute('aria-invalid', 'true');
    expect(within(drawer).queryByText('The organization was not saved')).not.toBeInTheDocument();
    expect(location().pathname).toBe('/organizations');
  });

  it('offers no New organization button to someone who may not create one', async () => {
    mockFetch(() => jsonResponse(buildOrganizationList([])));

    renderApp('/organizations', { session: buildMeResponse({ role: 'viewer' }) });

    expect(await screen.findByText('No member organizations yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New organization/ })).not.toBeInTheDocument();
  });
});
