import type { SegmentDetail } from '@coalition/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import { buildContactSummary } from '@/testing/contact-factories';
import { buildOrganizationSummary } from '@/testing/factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  sentBodies,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import {
  buildSegmentDetail,
  buildSegmentList,
  buildSegmentPreview,
} from '@/testing/segment-factories';

const organizer = buildMeResponse({ role: 'organizer' });

const casa = buildOrganizationSummary({ name: 'Casa Latina', county: 'Worcester' });
const ana = buildContactSummary({ displayName: 'Ana Pereira' });
/** 14 organizations and 30 contacts, of which the first rows are Casa Latina and Ana. */
const PREVIEW = buildSegmentPreview([casa], [ana], { organizations: 14, contacts: 30 });

type Handler = (url: URL, init?: RequestInit) => Response | undefined;

/** The preview answers PREVIEW unless `handle` answers first; every other list is empty. */
function mockSegmentsApi(handle: Handler = () => undefined): FetchMock {
  return mockFetch((url, init) => {
    const answer = handle(url, init);
    if (answer) return answer;
    if (url.pathname === '/api/segments/preview') return jsonResponse(PREVIEW);
    return jsonResponse(buildSegmentList([]));
  });
}

function previews(fetchMock: FetchMock): unknown[] {
  return sentBodies(fetchMock, 'POST', '/api/segments/preview');
}

function openBuilder() {
  // Role queries walk every ancestor's computed style: slow under jsdom on a page this rich.
  return renderApp('/segments/new', { session: organizer, userEvents: { pointerEventsCheck: 0 } });
}

/**
 * The dropdowns open now. antd keeps closed ones in the page, hidden, and under jsdom their
 * closing animation never ends: they keep its `leave` class.
 */
function openPopups(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')].filter(
    (popup) =>
      !popup.classList.contains('ant-select-dropdown-hidden') &&
      !popup.classList.contains('ant-slide-up-leave'),
  );
}

function theOpenPopup(): HTMLElement {
  const [popup, ...others] = openPopups();
  if (!popup || others.length > 0) throw new Error(`${openPopups().length} dropdowns are open`);
  return popup;
}

function optionIn(popup: HTMLElement, label: string): HTMLElement {
  const option = within(popup)
    .getAllByTitle(label)
    .find((el) => el.classList.contains('ant-select-item-option'));
  if (!option) throw new Error(`No option "${label}"`);
  return option;
}

/** Picks options of an antd Select, as a person would: open it, click each option, close it. */
async function choose(user: UserEvent, label: string, ...options: string[]) {
  await user.click(screen.getByLabelText(label));
  const popup = await waitFor(theOpenPopup);
  for (const option of options) await user.click(optionIn(popup, option));
  // A click elsewhere closes it, as a person would (Escape goes nowhere once focus left the box).
  await user.click(document.body);
  await waitFor(() => expect(openPopups()).toEqual([]));
}

async function addCondition(user: UserEvent, to = 'the filter') {
  await user.click(await screen.findByLabelText(`Add condition to ${to}`));
}

beforeAll(async () => {
  await import('@/features/segments');
}, 30_000);

afterEach(() => {
  vi.useRealTimers();
});

describe('building a segment', () => {
  it('counts the tree as conditions are added, and shows its first rows', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();

    await addCondition(user);
    await choose(user, 'Field of condition 1', 'County');
    await choose(user, 'Counties of condition 1', 'Worcester', 'Hampden');
    await addCondition(user);
    await choose(user, 'Field of condition 2', 'Contact language');
    await choose(user, 'Languages of condition 2', 'Spanish');

    await waitFor(() =>
      expect(previews(fetchMock).at(-1)).toEqual({
        filter: {
          type: 'group',
          op: 'and',
          children: [
            { type: 'condition', field: 'organization.county', values: ['Worcester', 'Hampden'] },
            { type: 'condition', field: 'contact.language', values: ['es'] },
          ],
        },
        pageSize: 10,
      }),
    );
    expect(await screen.findByText('14 organizations · 30 contacts')).toBeInTheDocument();
    expect(screen.getByText('Casa Latina')).toHaveAttribute('href', `/organizations/${casa.id}`);
    expect(screen.getByText('The first 1 of 14 organizations.')).toBeInTheDocument();
  });

  it('nests an "any of" group inside the filter', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();

    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Has email');
    await user.click(screen.getByLabelText('Add group to the filter'));
    await choose(user, 'Field of condition 2', 'Organization kind');
    await choose(user, 'Kinds of condition 2', 'School');
    await addCondition(user, 'group 1');
    await choose(user, 'Field of condition 3', 'Has phone');
    await choose(user, 'Answer of condition 3', 'Has no phone number');

    await waitFor(() =>
      expect(previews(fetchMock).at(-1)).toMatchObject({
        filter: {
          type: 'group',
          op: 'and',
          children: [
            { type: 'condition', field: 'contact.hasEmail', value: true },
            {
              type: 'group',
              op: 'or',
              children: [
                { type: 'condition', field: 'organization.kind', values: ['school'] },
                { type: 'condition', field: 'contact.hasPhone', value: false },
              ],
            },
          ],
        },
      }),
    );
  });

  it('filters on the last meeting attended, sending only the day given', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Last meeting attended');
    await choose(user, 'When of condition 1', 'On or after');
    const row = screen.getByLabelText('Condition 1');
    expect(
      within(row).getByText('Choose the day the last meeting was on or after.'),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('After of condition 1'), 'Jan 1, 2026{Enter}');

    await waitFor(() =>
      expect(previews(fetchMock).at(-1)).toEqual({
        filter: {
          type: 'group',
          op: 'and',
          children: [{ type: 'condition', field: 'organization.lastMeeting', after: '2026-01-01' }],
        },
        pageSize: 10,
      }),
    );
  });

  it('asks for both days of a range, and sends never alone', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Last meeting attended (contact)');
    await choose(user, 'When of condition 1', 'Between');
    await user.type(screen.getByLabelText('After of condition 1'), 'Mar 1, 2025{Enter}');
    const row = screen.getByLabelText('Condition 1');
    expect(within(row).getByText('Choose the last day of the range.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Before of condition 1'), 'Jun 30, 2025{Enter}');
    const lastChild = () =>
      (previews(fetchMock).at(-1) as { filter: { children: unknown[] } } | undefined)?.filter
        .children[0];
    await waitFor(() =>
      expect(lastChild()).toEqual({
        type: 'condition',
        field: 'contact.lastMeeting',
        after: '2025-03-01',
        before: '2025-06-30',
      }),
    );

    await choose(user, 'When of condition 1', 'Never');
    expect(screen.queryByLabelText('After of condition 1')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(lastChild()).toEqual({ type: 'condition', field: 'contact.lastMeeting', never: true }),
    );
  });

  it('filters on the engagement band, by its label', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Engagement band');
    await choose(user, 'Bands of condition 1', 'Core');

    await waitFor(() =>
      expect(previews(fetchMock).at(-1)).toEqual({
        filter: {
          type: 'group',
          op: 'and',
          children: [{ type: 'condition', field: 'organization.engagementBand', values: ['core'] }],
        },
        pageSize: 10,
      }),
    );
  });

  it('says which row is incomplete instead of counting', async () => {
    const fetchMock = mockSegmentsApi();
    const { user } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Has email');
    await screen.findByText('14 organizations · 30 contacts');
    const counted = previews(fetchMock).length;

    await addCondition(user);
    await choose(user, 'Field of condition 2', 'Organization kind');

    const row = screen.getByLabelText('Condition 2');
    expect(within(row).getByText('Choose at least one of the kinds.')).toBeInTheDocument();
    expect(screen.getByLabelText('Condition 1')).not.toHaveTextContent('Choose');
    expect(
      screen.getByText('Finish the part marked in red to see who this selects.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('14 organizations · 30 contacts')).not.toBeInTheDocument();
    // Well past the debounce: still nothing asked of the API.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(previews(fetchMock)).toHaveLength(counted);
  });

  it('shows the API’s refusal of a node on that row', async () => {
    mockSegmentsApi((url, init) => {
      if (url.pathname !== '/api/segments/preview') return undefined;
      const body = JSON.parse(init?.body as string) as { filter: { children: unknown[] } };
      if (body.filter.children.length < 2) return undefined;
      return errorResponse({
        statusCode: 400,
        code: 'validation_failed',
        message: 'The request is not valid',
        fields: [{ path: 'filter.children.1.values', message: 'must be one of: en, es, pt' }],
      });
    });
    const { user } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Has phone');
    await addCondition(user);
    await choose(user, 'Field of condition 2', 'Contact language');
    await choose(user, 'Languages of condition 2', 'Haitian Creole');

    const row = screen.getByLabelText('Condition 2');
    expect(
      await within(row).findByText('Languages must be one of: en, es, pt'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Condition 1')).not.toHaveTextContent('must be');
    expect(screen.getByText('The server refused this filter')).toBeInTheDocument();
  });

  it('saves the name and filter, then opens the new segment', async () => {
    const saved: SegmentDetail = buildSegmentDetail({ name: 'Emailable people', shared: true });
    const fetchMock = mockSegmentsApi((url, init) => {
      if (url.pathname === '/api/segments' && init?.method === 'POST') {
        return jsonResponse(saved, 201);
      }
      if (url.pathname === `/api/segments/${saved.id}`) return jsonResponse(saved);
      return undefined;
    });
    const { user, location } = openBuilder();
    await addCondition(user);
    await choose(user, 'Field of condition 1', 'Has email');
    await screen.findByText('14 organizations · 30 contacts');

    await user.click(screen.getByText('Save segment'));
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-modal');
      if (!found) throw new Error('No dialog is open');
      return found;
    });
    await user.type(within(dialog).getByLabelText('Name'), 'Emailable people');
    await user.click(within(dialog).getByLabelText('Share with every organizer'));
    await user.click(
      within(dialog.querySelector<HTMLElement>('.ant-modal-footer')!).getByText('Save segment'),
    );

    await waitFor(() => expect(location().pathname).toBe(`/segments/${saved.id}`));
    expect(sentBodies(fetchMock, 'POST', '/api/segments')).toEqual([
      {
        name: 'Emailable people',
        shared: true,
        filter: {
          type: 'group',
          op: 'and',
          children: [{ type: 'condition', field: 'contact.hasEmail', value: true }],
        },
      },
    ]);
  });
});
