import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeResponse } from '@/testing/access-factories';
import {
  errorResponse,
  type FetchMock,
  jsonResponse,
  mockFetch,
  requestedUrls,
} from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render-app';
import {
  buildCampaignHit,
  buildContactHit,
  buildIssueHit,
  buildOrganizationHit,
  buildSearchResponse,
} from '@/testing/search-factories';

// A page that asks the API nothing, so the only requests are the search's.
const QUIET_PAGE = '/no-such-page';

const casa = buildOrganizationHit({
  name: 'Casa José Community Alliance',
  kind: 'community_group',
  city: 'Chelsea',
});
const pereira = buildContactHit({ displayName: 'José Pereira', organizationName: 'Casa Brasil' });
const marti = buildIssueHit({ title: 'José Martí Language Access Act', tier: 2, status: 'active' });
const vota = buildCampaignHit({ name: 'Vota José', kind: 'voter_engagement', active: true });

const notFound = () => errorResponse({ statusCode: 404, code: 'not_found', message: 'Not found' });

/** Answers every search with one record of each kind (23 organizations in all), except "nothing". */
function answerSearches(): FetchMock {
  return mockFetch((url) => {
    if (url.pathname !== '/api/search') return notFound();
    const q = url.searchParams.get('q') ?? '';
    if (q === 'nothing') return jsonResponse(buildSearchResponse(q));
    return jsonResponse(
      buildSearchResponse(q, {
        organizations: { items: [casa], total: 23 },
        contacts: { items: [pereira] },
        issues: { items: [marti] },
        campaigns: { items: [vota] },
      }),
    );
  });
}

function searches(fetchMock: FetchMock): string[] {
  return requestedUrls(fetchMock)
    .filter((url) => url.pathname === '/api/search')
    .map((url) => url.searchParams.get('q') ?? '');
}

function searchBox(): Promise<HTMLElement> {
  return screen.findByRole('combobox', { name: 'Search the coalition' });
}

/** The list of matches under the box (antd renders it in a portal). */
function matches(): HTMLElement {
  const popup = document.querySelector<HTMLElement>('.ant-select-dropdown');
  if (!popup) throw new Error('The search shows no list of matches');
  return popup;
}

/**
 * From here on, timeouts (the debounce's among them) run only when the test moves the clock,
 * so keystrokes are instant however busy the machine. Only timeouts: React and antd keep theirs.
 */
function useTypingClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/**
 * Types `text` one character at a time, as instant input events. (user-event waits on a timeout
 * after each action, which a fake clock never lets pass.)
 */
function typeKeystrokes(box: HTMLElement, text: string) {
  const start = (box as HTMLInputElement).value;
  for (let i = 1; i <= text.length; i += 1) {
    fireEvent.change(box, { target: { value: `${start}${text.slice(0, i)}` } });
  }
}

/** A pause in typing, well past the debounce, with the answer rendered. */
async function pause() {
  await act(() => vi.advanceTimersByTimeAsync(1_000));
}

const KEY_CODES = { ArrowDown: 40, ArrowUp: 38, Enter: 13 } as const;

/**
 * Presses a key in the box. antd's list reads the legacy `keyCode`/`which`, which browsers set
 * and user-event does not, so the events are fired with them.
 */
function press(box: HTMLElement, key: keyof typeof KEY_CODES) {
  const code = KEY_CODES[key];
  fireEvent.keyDown(box, { key, code: key, keyCode: code, which: code });
  fireEvent.keyUp(box, { key, code: key, keyCode: code, which: code });
}

beforeAll(async () => {
  await import('@/features/search');
}, 30_000);

afterEach(() => {
  vi.useRealTimers();
});

describe('GlobalSearch', () => {
  it('shows the matches grouped by kind, each with a line saying what it is', async () => {
    const fetchMock = answerSearches();
    const { user } = renderApp(QUIET_PAGE);

    await user.type(await searchBox(), 'jose');

    expect(await screen.findByText('José Pereira')).toBeInTheDocument();
    const list = within(matches());
    expect(
      list.getAllByTitle(/^(Organizations|Contacts|Issues|Campaigns)$/).map((g) => g.title),
    ).toEqual(['Organizations', 'Contacts', 'Issues', 'Campaigns']);
    expect(list.getByText('Community-based group · Chelsea')).toBeInTheDocument();
    expect(list.getByText('Casa Brasil')).toBeInTheDocument();
    expect(list.getByText('Tier 2 · Active')).toBeInTheDocument();
    expect(list.getByText('Voter engagement · Active now')).toBeInTheDocument();
    expect(list.getByText('See all 23 organizations')).toBeInTheDocument();
    expect(searches(fetchMock).at(-1)).toBe('jose');
  });

  it('opens the first match on Enter and empties the box', async () => {
    answerSearches();
    const { user, location } = renderApp(QUIET_PAGE);
    const box = await searchBox();

    await user.type(box, 'casa');
    await screen.findByText('José Pereira');
    press(box, 'Enter');

    await waitFor(() => expect(location().pathname).toBe(`/organizations/${casa.id}`));
    expect(box).toHaveValue('');
  });

  it('moves through the matches with the arrow keys', async () => {
    answerSearches();
    const { user, location } = renderApp(QUIET_PAGE);

    const box = await searchBox();
    // The whole word in one input event: one search, one answer, so no later answer re-renders
    // the list (and resets the highlighted match) between the key presses.
    await user.click(box);
    typeKeystrokes(box, 'jose');
    await screen.findByText('José Pereira');
    // The first match is highlighted (entry 0 of the list is the Organizations heading).
    await waitFor(() => expect(box.getAttribute('aria-activedescendant')).toMatch(/_list_1$/));
    // Past the organization and its "See all" to the person; up once and down again.
    press(box, 'ArrowDown');
    press(box, 'ArrowDown');
    press(box, 'ArrowUp');
    press(box, 'ArrowDown');
    press(box, 'Enter');

    await waitFor(() => expect(location().pathname).toBe(`/contacts/${pereira.id}`));
  });

  it('opens the record clicked, or the whole list searched the same way', async () => {
    answerSearches();
    const { user, location } = renderApp(QUIET_PAGE);
    const box = await searchBox();

    await user.type(box, 'jose');
    await user.click(await screen.findByText('Vota José'));
    await waitFor(() => expect(location().pathname).toBe(`/campaigns/${vota.id}`));

    await user.type(box, 'jose');
    await user.click(await within(matches()).findByText('José Martí Language Access Act'));
    await waitFor(() => expect(location().pathname).toBe(`/issues/${marti.id}`));

    await user.type(box, 'jose');
    await user.click(await screen.findByText('See all 23 organizations'));
    await waitFor(() =>
      expect(`${location().pathname}${location().search}`).toBe('/organizations?q=jose'),
    );
  });

  it('says so when nothing matches, and while it is still searching', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/search'
        ? new Promise<Response>((resolve) => (answer = resolve))
        : notFound(),
    );
    const { user } = renderApp(QUIET_PAGE);

    await user.type(await searchBox(), 'nothing');

    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    await waitFor(() => expect(searches(fetchMock)).toContain('nothing'));
    answer(jsonResponse(buildSearchResponse('nothing')));
    expect(await screen.findByText('No matches for “nothing”')).toBeInTheDocument();
  });

  it('tells the person when the search failed', async () => {
    mockFetch(() =>
      errorResponse({ statusCode: 500, code: 'internal', message: 'Something went wrong.' }),
    );
    const { user } = renderApp(QUIET_PAGE);

    await user.type(await searchBox(), 'casa');

    expect(await screen.findByText('Could not search: Something went wrong.')).toBeInTheDocument();
  });

  it('asks once per pause in typing, not once per keystroke', async () => {
    const fetchMock = answerSearches();
    renderApp(QUIET_PAGE);
    const box = await searchBox();
    useTypingClock();

    typeKeystrokes(box, 'jo');
    await pause();
    typeKeystrokes(box, 'se');
    await pause();

    expect(searches(fetchMock)).toEqual(['jo', 'jose']);
  });

  it('asks nothing for an empty or blank box', async () => {
    const fetchMock = answerSearches();
    renderApp(QUIET_PAGE);
    const box = await searchBox();
    useTypingClock();

    typeKeystrokes(box, '   ');
    await pause();
    expect(searches(fetchMock)).toEqual([]);

    typeKeystrokes(box, 'jo');
    await pause();
    fireEvent.change(box, { target: { value: '' } });
    await pause();
    expect(searches(fetchMock)).toEqual(['jo']);
  });

  it('jumps to the box on "/" unless the person is typing in a field', async () => {
    answerSearches();
    const { user } = renderApp(QUIET_PAGE);
    const box = await searchBox();

    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    await user.keyboard('a/b');
    expect(box).toHaveValue('a/b');
  });

  it('is offered to a viewer', async () => {
    mockFetch(notFound);
    renderApp(QUIET_PAGE, { session: buildMeResponse({ role: 'viewer' }) });
    expect(await searchBox()).toBeInTheDocument();
  });

  it('is hidden from a session without the permission to read members', async () => {
    mockFetch(notFound);
    renderApp(QUIET_PAGE, { session: buildMeResponse({ role: 'viewer', permissions: [] }) });
    expect(await screen.findByText('Page not found')).toBeInTheDocument();
    expect(
      screen.queryByRole('combobox', { name: 'Search the coalition' }),
    ).not.toBeInTheDocument();
  });
});
