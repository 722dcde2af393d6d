import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { errorResponse, type FetchMock, sentBodies, sentHeaders } from '@/testing/fetch-mock';
import { fakeImportsApi } from '@/testing/import-api-fake';
import { buildImportDetail, buildSavedMapping } from '@/testing/import-factories';
import { renderApp } from '@/testing/render-app';

const organizer = buildMeResponse({ role: 'organizer' }, { csrfToken: 'csrf-organizer' });

function openWizard(path: string) {
  return renderApp(path, { session: organizer, userEvents: { pointerEventsCheck: 0 } });
}

/** Picks an option of an antd Select, as a person would: open it, click the option. */
async function chooseOption(user: UserEvent, combobox: HTMLElement, label: string) {
  await user.click(combobox);
  const option = await waitFor(() => {
    const found = screen
      .getAllByTitle(label)
      .find((el) => el.classList.contains('ant-select-item-option'));
    if (!found) throw new Error(`No option "${label}" is open`);
    return found;
  });
  await user.click(option);
}

function uploads(fetchMock: FetchMock): FormData[] {
  return fetchMock.mock.calls
    .filter(([input, init]) => input === '/api/imports' && init?.method === 'POST')
    .map(([, init]) => init?.body as FormData);
}

beforeAll(() => import('@/features/imports'), 60_000);

describe('uploading a file', { timeout: 30_000 }, () => {
  it('posts the file and its kind, then shows what was detected and the guessed mapping', async () => {
    const detail = buildImportDetail({ fileName: 'members.csv', delimiter: ';' });
    const { fetchMock } = fakeImportsApi({ detail });
    const { user, container, location } = openWizard('/imports/new');

    await user.click(await screen.findByRole('radio', { name: /Contacts \(with their/ }));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['First Name;Surname\nRosa;Lima\n'], 'members.csv', { type: 'text/csv' });
    await user.upload(input, file);

    await waitFor(() => expect(location().pathname).toBe(`/imports/${detail.id}`));
    const [form] = uploads(fetchMock);
    expect(form?.get('kind')).toBe('contacts');
    expect((form?.get('file') as File).name).toBe('members.csv');
    expect(sentHeaders(fetchMock, 'POST', '/api/imports')[0]?.get('X-CSRF-Token')).toBe(
      'csrf-organizer',
    );
    expect(await screen.findByText('semicolon')).toBeInTheDocument();
    expect(screen.getByText('UTF-8')).toBeInTheDocument();
    expect(screen.getByText('CSV')).toBeInTheDocument();
  });

  it('shows why the API could not read the file', async () => {
    const detail = buildImportDetail();
    const { fetchMock } = fakeImportsApi({ detail });
    const fake = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementation((input, init) =>
      init?.method === 'POST'
        ? Promise.resolve(
            errorResponse({
              statusCode: 400,
              code: 'import_unreadable',
              message: 'The file is empty.',
            }),
          )
        : fake(input, init),
    );
    const { user, container } = openWizard('/imports/new');

    await user.click(await screen.findByRole('radio', { name: 'Organizations' }));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File([''], 'empty.csv', { type: 'text/csv' }));

    expect(await screen.findByText('The file is empty.')).toBeInTheDocument();
    expect(uploads(fetchMock)[0]?.get('kind')).toBe('organizations');
  });
});

describe('the mapping step', { timeout: 30_000 }, () => {
  it('is prefilled from the guess and sends the mapping as changed', async () => {
    const detail = buildImportDetail();
    const { fetchMock } = fakeImportsApi({
      detail,
      counts: { new: 100, update: 15, duplicate: 2, invalid: 3 },
    });
    const { user } = openWizard(`/imports/${detail.id}`);

    const surname = await screen.findByRole('combobox', { name: 'Field for Surname' });
    const row = (name: string) => screen.getByRole('combobox', { name }).closest('tr')!;
    expect(within(row('Field for First Name')).getByTitle('First name')).toBeInTheDocument();
    expect(within(row('Field for Surname')).getByTitle('Ignore this column')).toBeInTheDocument();
    expect(within(row('Field for E-mail')).getByText('ana@example')).toBeInTheDocument();
    expect(await screen.findByText('Still to map (required): Last name')).toBeInTheDocument();

    await chooseOption(user, surname, 'Last name');
    await waitFor(() =>
      expect(screen.queryByText(/Still to map \(required\)/)).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('tab', { name: 'New (100)' })).toBeInTheDocument();
    expect(sentBodies(fetchMock, 'PUT', `/api/imports/${detail.id}/mapping`)).toEqual([
      { columns: ['firstName', 'lastName', 'email', 'organizationName'] },
    ]);
  });

  it("shows the API's errors on the column they are about, and the missing required field", async () => {
    const detail = buildImportDetail({
      mapping: { columns: ['firstName', null, 'firstName', 'organizationName'] },
    });
    fakeImportsApi({
      detail,
      onMapping: () =>
        errorResponse({
          statusCode: 400,
          code: 'validation_failed',
          message: 'The mapping is not complete.',
          fields: [
            { path: 'columns.2', message: 'First name is already filled by another column' },
            { path: 'columns', message: 'needs a column for Last name' },
          ],
        }),
    });
    const { user } = openWizard(`/imports/${detail.id}`);

    await user.click(await screen.findByRole('button', { name: 'Preview' }));

    const email = screen.getByRole('combobox', { name: 'Field for E-mail' }).closest('tr')!;
    expect(
      await within(email).findByText('First name is already filled by another column'),
    ).toBeInTheDocument();
    expect(await screen.findByText('The mapping needs a column for Last name')).toBeInTheDocument();
  });

  it('applies a saved mapping of the same kind, by header', async () => {
    const detail = buildImportDetail({ headers: ['Employer', 'E-mail', 'First Name', 'Surname'] });
    const saved = buildSavedMapping({ name: 'Action Network export' });
    const { fetchMock } = fakeImportsApi({
      detail,
      saved: [saved, buildSavedMapping({ name: 'Old orgs file', kind: 'organizations' })],
    });
    const { user } = openWizard(`/imports/${detail.id}`);

    await chooseOption(
      user,
      await screen.findByRole('combobox', { name: 'Apply a saved mapping' }),
      'Action Network export',
    );
    expect(screen.queryByTitle('Old orgs file')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'PUT', `/api/imports/${detail.id}/mapping`)).toEqual([
        { columns: ['organizationName', 'email', 'firstName', 'lastName'] },
      ]),
    );
  });

  it('saves the mapping under a name', async () => {
    const detail = buildImportDetail();
    const { fetchMock } = fakeImportsApi({ detail });
    const { user } = openWizard(`/imports/${detail.id}`);

    await user.click(await screen.findByRole('textbox', { name: 'Save this mapping as' }));
    await user.paste('Spring fair sign-ups');
    await user.click(screen.getByRole('button', { name: 'Save mapping' }));

    await waitFor(() =>
      expect(sentBodies(fetchMock, 'POST', '/api/imports/mappings')).toEqual([
        {
          name: 'Spring fair sign-ups',
          kind: 'contacts',
          headers: detail.headers,
          mapping: detail.mapping,
        },
      ]),
    );
  });
});
